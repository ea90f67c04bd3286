// The seed example's SQL on SQLite, exactly as on_statement prints it. The example
// itself runs on every backend in tests/integration/seed_example.cpp.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

using namespace quarry;

QUARRY_ALIAS(post_count);

TEST_CASE("the seed example's SQL, as on_statement prints it") {
    sqlite::connection db{":memory:"};
    std::vector<std::string> seen;
    db.on_statement([&](const statement_event& e) { seen.emplace_back(e.sql); });
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
