// The seed example (examples/demo.cpp) end to end on every backend, with every result
// checked: create users and posts, insert in a transaction, then query with a join, a
// filter and an aggregate.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;

QUARRY_ALIAS(post_count);

namespace {
// The new user's id: from last_insert_id, or on PostgreSQL, which has none, from RETURNING.
template <class Backend, class Connection>
std::int64_t insert_user(Connection& db, const std::string& name, std::optional<std::int32_t> age) {
    if constexpr (is_postgresql<Backend>) {
        return db(insert_into(users).set(users.name = name, users.age = age).returning(users.id)).one().id;
    } else {
        return db(insert_into(users).set(users.name = name, users.age = age)).last_insert_id;
    }
}
}  // namespace

TEMPLATE_TEST_CASE("the seed example: users, their posts, a join, a filter and an aggregate", "[seed]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(create_table(posts));

    auto tx = db.begin();
    const auto ann = insert_user<TestType>(db, "Ann", 31);
    const auto bob = insert_user<TestType>(db, "Bob", 17);
    const auto cleo = insert_user<TestType>(db, "Cleo", std::nullopt);
    const auto inserted = db(insert_into(posts)
                                 .columns(posts.title, posts.user_id)
                                 .values("Hello, world", ann)
                                 .values("Quarry in practice", ann)
                                 .values("First post", bob));
    tx.commit();
    CHECK(ann == 1);
    CHECK(bob == 2);
    CHECK(cleo == 3);
    CHECK(inserted.rows_affected == 3);

    // Adults and their posts: join + filter.
    std::vector<std::pair<std::string, std::string>> adult_posts;
    for (const auto& row : db(select(users.name, posts.title)
                                  .from(users)
                                  .join(posts).on(posts.user_id == users.id)
                                  .where(users.age >= 18)
                                  .order_by(posts.title.asc()))) {
        adult_posts.emplace_back(row.name, row.title);
    }
    CHECK(adult_posts ==
          std::vector<std::pair<std::string, std::string>>{{"Ann", "Hello, world"}, {"Ann", "Quarry in practice"}});

    // Posts per user: left join + aggregate.
    std::vector<std::pair<std::string, std::int64_t>> per_user;
    for (const auto& [name, count] : db(select(users.name, count(posts.id).as(post_count))
                                            .from(users)
                                            .left_join(posts).on(posts.user_id == users.id)
                                            .group_by(users.name)
                                            .order_by(users.name.asc()))) {
        per_user.emplace_back(name, count);
    }
    CHECK(per_user == std::vector<std::pair<std::string, std::int64_t>>{{"Ann", 2}, {"Bob", 1}, {"Cleo", 0}});

    // Users without an age.
    auto unknown = db(select(users.id, users.name, users.age).from(users).where(users.age.is_null())).to_vector();
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].id == 3);
    CHECK(unknown[0].name == "Cleo");
    CHECK(unknown[0].age == std::nullopt);
}
