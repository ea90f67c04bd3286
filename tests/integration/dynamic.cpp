// Dynamic queries on every backend: a search form's optional filters, ORDER BY chosen
// at run time, optional joins. Each returns what the same hand-written query would,
// and the same shape run twice is found in the statement cache by its text.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;

namespace {

struct user_search {
    std::optional<std::string> name_like = {};
    std::optional<std::int32_t> min_age = {};
    std::optional<std::int32_t> max_age = {};
    std::optional<std::int64_t> min_id = {};
    bool age_unknown = false;
};

enum class user_order { name, age, id };

template <class Connection>
std::vector<std::string> search(Connection& db, const user_search& form, user_order order = user_order::id,
                                sort_direction direction = sort_direction::asc) {
    std::vector<std::string> names;
    for (const auto& row :
         db(select(users.name)
                .from(users)
                .where(if_set(form.name_like, [](const std::string& pattern) { return users.name.like(pattern); }),
                       if_set(form.min_age, [](std::int32_t age) { return users.age >= age; }),
                       if_set(form.max_age, [](std::int32_t age) { return users.age <= age; }),
                       if_set(form.min_id, [](std::int64_t id) { return users.id >= id; }),
                       only_if(form.age_unknown, users.age.is_null()))
                .order_by(choose(order, users.name, users.age, users.id).sort(direction), users.id)))
        names.push_back(row.name);
    return names;
}

using names = std::vector<std::string>;

}  // namespace

TEMPLATE_TEST_CASE("a search returns the rows its chosen filters match", "[dynamic]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(search(db, {}) == names{"Ann", "Bob", "Cleo", "Dora"});
    CHECK(search(db, {.min_age = 18}) == names{"Ann", "Dora"});
    CHECK(search(db, {.min_age = 18, .max_age = 40}) == names{"Ann"});
    CHECK(search(db, {.name_like = "%o%", .min_id = 2}) == names{"Bob", "Cleo", "Dora"});
    CHECK(search(db, {.age_unknown = true}) == names{"Cleo"});
    CHECK(search(db, {.name_like = "%a", .min_age = 1, .max_age = 99, .min_id = 1}) == names{"Dora"});
}

TEMPLATE_TEST_CASE("a value in a filter is data, never SQL", "[dynamic]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(search(db, {.name_like = "' OR '1' = '1"}).empty());
    CHECK(get<0>(db(select(count()).from(users)).one()) == 4);
}

TEMPLATE_TEST_CASE("ORDER BY the column and direction a user chose", "[dynamic]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(search(db, {}, user_order::name, sort_direction::desc) == names{"Dora", "Cleo", "Bob", "Ann"});
    CHECK(search(db, {.min_age = 0}, user_order::age, sort_direction::asc) == names{"Bob", "Ann", "Dora"});
    CHECK(search(db, {.min_age = 0}, user_order::age, sort_direction::desc) == names{"Dora", "Ann", "Bob"});
}

TEMPLATE_TEST_CASE("the same dynamic shape runs again from the statement cache", "[dynamic]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    search(db, {.min_age = 18});
    const auto before = db.cache_metrics();
    CHECK(search(db, {.min_age = 30}) == names{"Ann", "Dora"});
    CHECK(db.cache_metrics().hits == before.hits + 1);
    search(db, {.max_age = 30});
    CHECK(db.cache_metrics().misses == before.misses + 1);
}

TEMPLATE_TEST_CASE("an optional join is made only when its filter is set", "[dynamic]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto authors = [&](std::optional<std::string> title) {
        names out;
        for (const auto& row : db(select(users.name)
                                      .from(users)
                                      .join_if(title.has_value(), posts)
                                      .on(posts.user_id == users.id)
                                      .where(if_set(title, [](const std::string& t) { return posts.title.like(t); }))
                                      .order_by(users.id)))
            out.push_back(row.name);
        return out;
    };
    CHECK(authors(std::nullopt) == names{"Ann", "Bob", "Cleo", "Dora"});
    CHECK(authors("%post%") == names{"Bob"});
    CHECK(authors("%e%") == names{"Ann"});
    CHECK(authors("%s%") == names{"Ann", "Bob"});
}
