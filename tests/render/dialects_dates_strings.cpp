// Date parts, the current date and time, intervals, replace and position, and UPDATE
// with a subquery, on SQLite, MySQL/MariaDB and PostgreSQL. SQLite keeps dates as
// ISO-8601 text, so it reads parts with strftime and moves dates with date(...);
// MySQL moves them with DATE_ADD; PostgreSQL with interval arithmetic.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: extract a part of a date or timestamp", "[render][dialects][dates]") {
    auto q = select(extract<date_part::year>(samples.day), extract<date_part::second>(samples.moment)).from(samples);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CAST(strftime('%Y', "sample rows"."day") AS INTEGER), )"
            R"(CAST(strftime('%S', "sample rows"."moment") AS INTEGER) FROM "sample rows")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT EXTRACT(YEAR FROM `sample rows`.`day`), EXTRACT(SECOND FROM `sample rows`.`moment`) FROM `sample rows`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT EXTRACT(YEAR FROM "sample rows"."day"), FLOOR(EXTRACT(SECOND FROM "sample rows"."moment")) )"
            R"(FROM "sample rows")");
}

TEST_CASE("dialects: the current date and timestamp, in UTC", "[render][dialects][dates]") {
    auto q = select(current_date(), current_timestamp()).from(samples);
    REQUIRE(sqlite_text(q) == R"(SELECT CURRENT_DATE, strftime('%Y-%m-%d %H:%M:%f000', 'now') FROM "sample rows")");
    REQUIRE(mysql_text(q) == R"(SELECT CURRENT_DATE, CURRENT_TIMESTAMP(6) FROM `sample rows`)");
    REQUIRE(postgresql_text(q) == R"(SELECT CURRENT_DATE, CURRENT_TIMESTAMP FROM "sample rows")");
}

TEST_CASE("dialects: a date plus days, minus months", "[render][dialects][dates]") {
    auto q = select(samples.day + std::chrono::days{30}, samples.day - std::chrono::months{1}).from(samples);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT date("sample rows"."day", ? || ' days'), date("sample rows"."day", -? || ' months') FROM "sample rows")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT DATE_ADD(`sample rows`.`day`, INTERVAL ? DAY), DATE_SUB(`sample rows`.`day`, INTERVAL ? MONTH) )"
            R"(FROM `sample rows`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT CAST("sample rows"."day" + $1 * INTERVAL '1 DAY' AS DATE), )"
            R"(CAST("sample rows"."day" - $2 * INTERVAL '1 MONTH' AS DATE) FROM "sample rows")");
}

TEST_CASE("dialects: a timestamp moved by a counted expression keeps its microseconds", "[render][dialects][dates]") {
    auto q = select(samples.moment + interval<std::chrono::hours>(samples.small + 1)).from(samples);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT strftime('%Y-%m-%d %H:%M:%S', "sample rows"."moment", ("sample rows"."small" + ?) || ' hours') )"
            R"(|| substr("sample rows"."moment", 20) FROM "sample rows")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT DATE_ADD(`sample rows`.`moment`, INTERVAL (`sample rows`.`small` + ?) HOUR) FROM `sample rows`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "sample rows"."moment" + ("sample rows"."small" + $1) * INTERVAL '1 HOUR' FROM "sample rows")");
}

TEST_CASE("dialects: intervals in a condition", "[render][dialects][dates]") {
    auto q = select(samples.id).from(samples).where(samples.day >= current_date() - std::chrono::days{7});
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE "sample rows"."day" >= date(CURRENT_DATE, -? || ' days'))");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `sample rows`.`id` FROM `sample rows` WHERE `sample rows`.`day` >= DATE_SUB(CURRENT_DATE, INTERVAL ? DAY))");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE "sample rows"."day" >= )"
            R"(CAST(CURRENT_DATE - $1 * INTERVAL '1 DAY' AS DATE))");
}

TEST_CASE("dialects: replace and position", "[render][dialects][strings]") {
    auto q = select(replace(users.name, "a", "o"), position("nn", users.name)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT REPLACE("users"."name", ?, ?), INSTR("users"."name", ?) FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT REPLACE(`users`.`name`, ?, ?), POSITION(? IN `users`.`name`) FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT REPLACE("users"."name", $1, $2), POSITION($3 IN "users"."name") FROM "users")");
}

TEST_CASE("dialects: UPDATE with a scalar subquery and an IN subquery", "[render][dialects][statements]") {
    auto q = update(users)
                 .set(users.age = select(max(employees.id)).from(employees).where(employees.name == users.name))
                 .where(users.id.in(select(posts.user_id).from(posts)));
    REQUIRE(sqlite_text(q) ==
            R"(UPDATE "users" SET "age" = (SELECT MAX("employees"."id") FROM "employees" WHERE "employees"."name" = )"
            R"("users"."name") WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
    REQUIRE(mysql_text(q) ==
            R"(UPDATE `users` SET `age` = (SELECT MAX(`employees`.`id`) FROM `employees` WHERE `employees`.`name` = )"
            R"(`users`.`name`) WHERE `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts`))");
    REQUIRE(postgresql_text(q) ==
            R"(UPDATE "users" SET "age" = (SELECT MAX("employees"."id") FROM "employees" WHERE "employees"."name" = )"
            R"("users"."name") WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
}
