// Upsert on SQLite, MySQL/MariaDB and PostgreSQL. SQLite and PostgreSQL write
// ON CONFLICT (key) DO UPDATE SET ... / DO NOTHING and read the row that was to be
// inserted as excluded."column"; MySQL and MariaDB write ON DUPLICATE KEY UPDATE, read
// it as VALUES(`column`), and do nothing with an update that changes nothing.
#include <catch2/catch.hpp>

#include <string>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: DO UPDATE with the excluded row", "[render][dialects][upsert]") {
    auto q = insert_into(users)
                 .set(users.name = "Ann", users.age = 31)
                 .on_conflict(users.name)
                 .do_update(users.age = excluded(users.age));
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?) ON CONFLICT ("name") DO UPDATE SET "age" = excluded."age")");
    REQUIRE(mysql_text(q) ==
            R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `age` = VALUES(`age`))");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "age" = excluded."age")");
}

TEST_CASE("dialects: DO UPDATE from the existing row and bound values", "[render][dialects][upsert]") {
    auto q = insert_into(users)
                 .set(users.name = "Ann", users.age = 1)
                 .on_conflict(users.name)
                 .do_update(users.age = coalesce(users.age, 0) + excluded(users.age), users.name = "Ann again");
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?) ON CONFLICT ("name") DO UPDATE SET )"
            R"("age" = COALESCE("users"."age", ?) + excluded."age", "name" = ?)");
    REQUIRE(mysql_text(q) ==
            R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?) ON DUPLICATE KEY UPDATE )"
            R"(`age` = COALESCE(`users`.`age`, ?) + VALUES(`age`), `name` = ?)");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET )"
            R"("age" = COALESCE("users"."age", $3) + excluded."age", "name" = $4)");
}

TEST_CASE("dialects: DO NOTHING, with and without the key", "[render][dialects][upsert]") {
    auto keyed = insert_into(users).set(users.name = "Ann").on_conflict(users.name).do_nothing();
    REQUIRE(sqlite_text(keyed) == R"(INSERT INTO "users" ("name") VALUES (?) ON CONFLICT ("name") DO NOTHING)");
    REQUIRE(mysql_text(keyed) == R"(INSERT INTO `users` (`name`) VALUES (?) ON DUPLICATE KEY UPDATE `name` = `name`)");
    REQUIRE(postgresql_text(keyed) == R"(INSERT INTO "users" ("name") VALUES ($1) ON CONFLICT ("name") DO NOTHING)");
    auto any_key = insert_into(users).set(users.name = "Ann").on_conflict().do_nothing();
    REQUIRE(sqlite_text(any_key) == R"(INSERT INTO "users" ("name") VALUES (?) ON CONFLICT DO NOTHING)");
    REQUIRE(mysql_text(any_key) == R"(INSERT INTO `users` (`name`) VALUES (?) ON DUPLICATE KEY UPDATE `id` = `id`)");
    REQUIRE(postgresql_text(any_key) == R"(INSERT INTO "users" ("name") VALUES ($1) ON CONFLICT DO NOTHING)");
}

TEST_CASE("dialects: upsert of many rows, keyed by the primary key", "[render][dialects][upsert]") {
    auto q = insert_into(employees)
                 .columns(employees.id, employees.name)
                 .values(1, "Ada")
                 .values(2, "Ben")
                 .on_conflict(employees.id)
                 .do_update(employees.name = excluded(employees.name));
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "employees" ("id", "name") VALUES (?, ?), (?, ?) ON CONFLICT ("id") DO UPDATE SET )"
            R"("name" = excluded."name")");
    REQUIRE(mysql_text(q) ==
            R"(INSERT INTO `employees` (`id`, `name`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`))");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "employees" ("id", "name") VALUES ($1, $2), ($3, $4) ON CONFLICT ("id") DO UPDATE SET )"
            R"("name" = excluded."name")");
}

TEST_CASE("dialects: upsert with RETURNING", "[render][dialects][upsert]") {
    auto q = insert_into(users)
                 .set(users.name = "Ann", users.age = 31)
                 .on_conflict(users.name)
                 .do_update(users.age = excluded(users.age))
                 .returning(users.id, users.age);
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?) ON CONFLICT ("name") DO UPDATE SET "age" = excluded."age" )"
            R"(RETURNING "id", "age")");
    REQUIRE(mariadb_text(q) ==
            R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `age` = VALUES(`age`) )"
            R"(RETURNING `id`, `age`)");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "age" = excluded."age" )"
            R"(RETURNING "id", "age")");
}

TEST_CASE("an upsert's SQL text is a compile-time constant", "[render][upsert]") {
    auto q = insert_into(users).set(users.name = "Ann").on_conflict(users.name).do_nothing();
    STATIC_REQUIRE(static_sql_v<mysql::dialect, decltype(q)> ==
                   R"(INSERT INTO `users` (`name`) VALUES (?) ON DUPLICATE KEY UPDATE `name` = `name`)");
}
