// RETURNING after INSERT, UPDATE and DELETE, on the dialects that have it.
#include <catch2/catch.hpp>

#include <quarry/mysql/dialect.hpp>
#include <quarry/postgresql/dialect.hpp>

#include "sqlite_text.hpp"

using namespace quarry;

TEST_CASE("INSERT ... RETURNING names the columns without their table", "[render][returning]") {
    auto insert = insert_into(users).set(users.name = "Ann").returning(users.id, users.name);
    REQUIRE(to_sql<sqlite::dialect>(insert) == R"(INSERT INTO "users" ("name") VALUES (?) RETURNING "id", "name")");
    REQUIRE(to_sql<postgresql::dialect>(insert) == R"(INSERT INTO "users" ("name") VALUES ($1) RETURNING "id", "name")");
    REQUIRE(to_sql<mariadb::dialect>(insert) == "INSERT INTO `users` (`name`) VALUES (?) RETURNING `id`, `name`");
}

TEST_CASE("UPDATE ... RETURNING and DELETE ... RETURNING", "[render][returning]") {
    auto change = update(users).set(users.age = 3).where(users.id == 1).returning(users.age);
    REQUIRE(to_sql<sqlite::dialect>(change) == R"(UPDATE "users" SET "age" = ? WHERE "users"."id" = ? RETURNING "age")");
    REQUIRE(to_sql<postgresql::dialect>(change) ==
            R"(UPDATE "users" SET "age" = $1 WHERE "users"."id" = $2 RETURNING "age")");
    auto remove = delete_from(users).where(users.id == 1).returning(users.id);
    REQUIRE(to_sql<sqlite::dialect>(remove) == R"(DELETE FROM "users" WHERE "users"."id" = ? RETURNING "id")");
    REQUIRE(to_sql<mariadb::dialect>(remove) == "DELETE FROM `users` WHERE `users`.`id` = ? RETURNING `id`");
}
