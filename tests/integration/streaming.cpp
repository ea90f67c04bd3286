// How a SELECT's result is read on every backend: a single pass, row by row, with
// one(), first() and to_vector() as shortcuts. Statements are cached per connection,
// and a query run again while its first result is still open gets its own statement.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEMPLATE_TEST_CASE("a result can be iterated only once", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto rows = db(select(users.name).from(users));
    int seen = 0;
    for (const auto& row : rows) seen += !row.name.empty();
    CHECK(seen == 4);
    CHECK_THROWS_AS(rows.begin(), usage_error);
    CHECK_THROWS_AS(rows.to_vector(), usage_error);
}

TEMPLATE_TEST_CASE("one() returns the only row and throws on none or several", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(select(users.name).from(users).where(users.id == 2)).one().name == "Bob");
    CHECK_THROWS_AS(db(select(users.name).from(users).where(users.id == 99)).one(), usage_error);
    CHECK_THROWS_AS(db(select(users.name).from(users).where(users.id <= 2)).one(), usage_error);
}

TEMPLATE_TEST_CASE("first() returns the first row, or nullopt when there is none", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto first = db(select(users.name).from(users).order_by(users.id.desc())).first();
    REQUIRE(first.has_value());
    CHECK(first->name == "Dora");
    CHECK(db(select(users.name).from(users).where(users.id == 99)).first() == std::nullopt);
}

TEMPLATE_TEST_CASE("to_vector() collects every row", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto rows = db(select(users.id, users.name).from(users).where(users.age > 20).order_by(users.id.asc())).to_vector();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == 1);
    CHECK(rows[0].name == "Ann");
    CHECK(rows[1].id == 4);
    CHECK(rows[1].name == "Dora");
    CHECK(db(select(users.id).from(users).where(users.id == 99)).to_vector().empty());
}

TEMPLATE_TEST_CASE("the same query runs nested inside its own loop", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.id).from(users).where(users.id <= 3).order_by(users.id.asc());
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    for (const auto& outer : db(query)) {
        for (const auto& inner : db(query)) pairs.emplace_back(outer.id, inner.id);
    }
    CHECK(pairs.size() == 9);
    CHECK(pairs.front() == std::pair<std::int64_t, std::int64_t>{1, 1});
    CHECK(pairs.back() == std::pair<std::int64_t, std::int64_t>{3, 3});
}

TEMPLATE_TEST_CASE("another query runs while a result is open", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> lines;
    for (const auto& user : db(select(users.id, users.name).from(users).where(users.id <= 2).order_by(users.id.asc()))) {
        for (const auto& post : db(select(posts.title).from(posts).where(posts.user_id == user.id)
                                       .order_by(posts.id.asc()))) {
            lines.push_back(user.name + ": " + post.title);
        }
    }
    CHECK(lines == names{"Ann: Hello", "Ann: Quarry tips", "Bob: First post"});
}

TEMPLATE_TEST_CASE("a result abandoned halfway frees its statement for the next run", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.name).from(users).order_by(users.id.asc());
    for (const auto& row : db(query)) {
        CHECK(row.name == "Ann");
        break;
    }
    CHECK(first_fields(db(query)) == names{"Ann", "Bob", "Cleo", "Dora"});
}

TEMPLATE_TEST_CASE("a cached statement is bound afresh on every run", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto name_of = [&](std::int64_t id) { return db(select(users.name).from(users).where(users.id == id)).one().name; };
    CHECK(name_of(1) == "Ann");
    CHECK(name_of(3) == "Cleo");
    CHECK(name_of(1) == "Ann");
}

TEMPLATE_TEST_CASE("a result outlives the query object and the values bound into it", "[streaming]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto make_result = [&] {
        std::string wanted = "Dora";
        auto query = select(users.id).from(users).where(users.name == wanted);
        return db(query);
    };
    auto rows = make_result();
    CHECK(rows.one().id == 4);
}

TEMPLATE_TEST_CASE("rows written while a result is open do not disturb reading it", "[streaming]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> seen;
    for (const auto& row : db(select(users.id, users.name).from(users).where(users.id <= 2).order_by(users.id.asc()))) {
        seen.push_back(row.name);
        db(update(users).set(users.age = 0).where(users.id == row.id));
    }
    CHECK(seen == names{"Ann", "Bob"});
    CHECK(first_fields(db(select(users.age).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::int32_t>>{0, 0, std::nullopt, 45});
}
