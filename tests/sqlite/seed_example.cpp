// The seed example (examples/demo.cpp) end to end, with every result checked:
// create users and posts, insert in a transaction, then query with a join, a
// filter and an aggregate.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

using namespace quarry;

QUARRY_ALIAS(post_count);

TEST_CASE("the seed example: users, their posts, a join, a filter and an aggregate") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(create_table(posts));

    auto tx = db.begin();
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31)).last_insert_id;
    const auto bob = db(insert_into(users).set(users.name = "Bob", users.age = 17)).last_insert_id;
    const auto cleo = db(insert_into(users).set(users.name = "Cleo", users.age = std::nullopt)).last_insert_id;
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

TEST_CASE("the seed example's SQL, as on_statement prints it") {
    sqlite::connection db{":memory:"};
    std::vector<std::string> seen;
    db.on_statement([&](std::string_view sql) { seen.emplace_back(sql); });
    db(create_table(users));
    db(create_table(posts));
    db(insert_into(users).set(users.name = "Ann", users.age = 31));
    db(select(users.name, count(posts.id).as(post_count))
           .from(users)
           .left_join(posts).on(posts.user_id == users.id)
           .group_by(users.name)
           .order_by(users.name.asc()))
        .to_vector();
    CHECK(seen == std::vector<std::string>{
        R"(CREATE TABLE "users" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE, )"
        R"("age" INTEGER))",
        R"(CREATE TABLE "posts" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, )"
        R"("user_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE))",
        R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))",
        R"(SELECT "users"."name", COUNT("posts"."id") AS "post_count" FROM "users" LEFT OUTER JOIN "posts" )"
        R"(ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" ORDER BY "users"."name" ASC)",
    });
}
