// CASE, scalar functions, aggregates and select-list aliases on SQLite, MySQL/MariaDB
// and PostgreSQL. What differs: CAST's type names, concatenation (CONCAT() on MySQL,
// where || means OR) and the character-length function (CHAR_LENGTH on MySQL, whose
// LENGTH counts bytes).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: CASE with several branches and ELSE", "[render][dialects][functions]") {
    auto q = select(case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CASE WHEN "users"."age" < ? THEN ? WHEN "users"."age" < ? THEN ? ELSE ? END FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT CASE WHEN `users`.`age` < ? THEN ? WHEN `users`.`age` < ? THEN ? ELSE ? END FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT CASE WHEN "users"."age" < $1 THEN $2 WHEN "users"."age" < $3 THEN $4 ELSE $5 END )"
            R"(FROM "users")");
}

TEST_CASE("dialects: CASE without ELSE, named with an alias", "[render][dialects][functions]") {
    auto q = select(case_when(users.age.is_null(), users.name).as(age_group)).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CASE WHEN "users"."age" IS NULL THEN "users"."name" END AS "age_group" FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT CASE WHEN `users`.`age` IS NULL THEN `users`.`name` END AS `age_group` FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT CASE WHEN "users"."age" IS NULL THEN "users"."name" END AS "age_group" FROM "users")");
}

TEST_CASE("dialects: CASE compared with a value needs no parentheses", "[render][dialects][functions]") {
    auto q = select(users.id).from(users).where(case_when(users.age < 18, 1).else_(2) == 1);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."id" FROM "users" WHERE CASE WHEN "users"."age" < ? THEN ? ELSE ? END = ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`id` FROM `users` WHERE CASE WHEN `users`.`age` < ? THEN ? ELSE ? END = ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."id" FROM "users" WHERE CASE WHEN "users"."age" < $1 THEN $2 ELSE $3 END = $4)");
}

TEST_CASE("dialects: COALESCE and NULLIF", "[render][dialects][functions]") {
    auto q = select(coalesce(users.age, 0), nullif(users.name, "")).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT COALESCE("users"."age", ?), NULLIF("users"."name", ?) FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT COALESCE(`users`.`age`, ?), NULLIF(`users`.`name`, ?) FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT COALESCE("users"."age", $1), NULLIF("users"."name", $2) FROM "users")");
    auto quoted = select(coalesce(samples.quoted, samples.label, "none")).from(samples);
    REQUIRE(sqlite_text(quoted) ==
            R"(SELECT COALESCE("sample rows"."say ""hi""", "sample rows"."select", ?) FROM "sample rows")");
    REQUIRE(mysql_text(quoted) ==
            R"(SELECT COALESCE(`sample rows`.`say "hi"`, `sample rows`.`select`, ?) FROM `sample rows`)");
    REQUIRE(postgresql_text(quoted) ==
            R"(SELECT COALESCE("sample rows"."say ""hi""", "sample rows"."select", $1) FROM "sample rows")");
}

TEST_CASE("dialects: CAST uses each backend's type names", "[render][dialects][functions]") {
    // cast<bool> of an INTEGER: PostgreSQL has no cast from BIGINT to BOOLEAN.
    auto numbers = select(cast<double>(users.age), cast<std::int64_t>(users.name), cast<std::int32_t>(users.name),
                          cast<bool>(users.age), cast<std::string>(users.id))
                       .from(users);
    REQUIRE(sqlite_text(numbers) ==
            R"(SELECT CAST("users"."age" AS REAL), CAST("users"."name" AS INTEGER), )"
            R"(CAST("users"."name" AS INTEGER), CAST("users"."age" AS INTEGER), CAST("users"."id" AS TEXT) )"
            R"(FROM "users")");
    REQUIRE(mysql_text(numbers) ==
            R"(SELECT CAST(`users`.`age` AS DOUBLE), CAST(`users`.`name` AS SIGNED), )"
            R"(CAST(`users`.`name` AS SIGNED), CAST(`users`.`age` AS SIGNED), CAST(`users`.`id` AS CHAR) )"
            R"(FROM `users`)");
    REQUIRE(postgresql_text(numbers) ==
            R"(SELECT CAST("users"."age" AS DOUBLE PRECISION), CAST("users"."name" AS BIGINT), )"
            R"(CAST("users"."name" AS INTEGER), ("users"."age" <> 0), CAST("users"."id" AS TEXT) )"
            R"(FROM "users")");
    auto others = select(cast<quarry::blob>(users.name), cast<quarry::date>(users.name),
                         cast<quarry::timestamp>(users.name))
                      .from(users);
    REQUIRE(sqlite_text(others) ==
            R"(SELECT CAST("users"."name" AS BLOB), CAST("users"."name" AS TEXT), )"
            R"(CAST("users"."name" AS TEXT) FROM "users")");
    REQUIRE(mysql_text(others) ==
            R"(SELECT CAST(`users`.`name` AS BINARY), CAST(`users`.`name` AS DATE), )"
            R"(CAST(`users`.`name` AS DATETIME(6)) FROM `users`)");
    REQUIRE(postgresql_text(others) ==
            R"(SELECT CAST("users"."name" AS BYTEA), CAST("users"."name" AS DATE), )"
            R"(CAST("users"."name" AS TIMESTAMP) FROM "users")");
}

TEST_CASE("dialects: CAST of an expression keeps it whole inside the parentheses", "[render][dialects][functions]") {
    auto q = select(cast<double>(users.id + users.age) / 2).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT CAST("users"."id" + "users"."age" AS REAL) / ? FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT CAST(`users`.`id` + `users`.`age` AS DOUBLE) / ? FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT CAST("users"."id" + "users"."age" AS DOUBLE PRECISION) / $1 FROM "users")");
}

TEST_CASE("dialects: concat is || on SQLite and PostgreSQL, CONCAT() on MySQL", "[render][dialects][functions]") {
    auto q = select(concat(users.name, " (", cast<std::string>(users.age), ")")).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" || ? || CAST("users"."age" AS TEXT) || ? FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT CONCAT(`users`.`name`, ?, CAST(`users`.`age` AS CHAR), ?) FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name" || $1 || CAST("users"."age" AS TEXT) || $2 FROM "users")");
}

TEST_CASE("dialects: concat binds tighter than = and LIKE; a nested concat is parenthesised or nested",
          "[render][dialects][functions]") {
    auto compared = select(users.id).from(users).where(concat(users.name, "!") == "Ann!");
    REQUIRE(sqlite_text(compared) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" || ? = ?)");
    REQUIRE(mysql_text(compared) == R"(SELECT `users`.`id` FROM `users` WHERE CONCAT(`users`.`name`, ?) = ?)");
    REQUIRE(postgresql_text(compared) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" || $1 = $2)");
    auto pattern = select(users.id).from(users).where(users.name.like(concat(users.name, "%")));
    REQUIRE(sqlite_text(pattern) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE "users"."name" || ? ESCAPE '\')");
    REQUIRE(mysql_text(pattern) ==
            R"(SELECT `users`.`id` FROM `users` WHERE `users`.`name` LIKE CONCAT(`users`.`name`, ?) ESCAPE X'5C')");
    REQUIRE(postgresql_text(pattern) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE "users"."name" || $1 ESCAPE '\')");
    auto nested = select(concat(concat(users.name, "a"), "b")).from(users);
    REQUIRE(sqlite_text(nested) == R"(SELECT ("users"."name" || ?) || ? FROM "users")");
    REQUIRE(mysql_text(nested) == R"(SELECT CONCAT(CONCAT(`users`.`name`, ?), ?) FROM `users`)");
    REQUIRE(postgresql_text(nested) == R"(SELECT ("users"."name" || $1) || $2 FROM "users")");
}

TEST_CASE("dialects: string functions; length counts characters, CHAR_LENGTH on MySQL",
          "[render][dialects][functions]") {
    auto q = select(lower(users.name), upper(users.name), length(users.name), trim(users.name), ltrim(users.name),
                    rtrim(users.name))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT LOWER("users"."name"), UPPER("users"."name"), LENGTH("users"."name"), TRIM("users"."name"), )"
            R"(LTRIM("users"."name"), RTRIM("users"."name") FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT LOWER(`users`.`name`), UPPER(`users`.`name`), CHAR_LENGTH(`users`.`name`), )"
            R"(TRIM(`users`.`name`), LTRIM(`users`.`name`), RTRIM(`users`.`name`) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT LOWER("users"."name"), UPPER("users"."name"), LENGTH("users"."name"), TRIM("users"."name"), )"
            R"(LTRIM("users"."name"), RTRIM("users"."name") FROM "users")");
}

TEST_CASE("dialects: substr with and without a count", "[render][dialects][functions]") {
    auto q = select(substr(users.name, 2), substr(users.name, 1, 3)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT SUBSTR("users"."name", ?), SUBSTR("users"."name", ?, ?) FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT SUBSTR(`users`.`name`, ?), SUBSTR(`users`.`name`, ?, ?) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT SUBSTR("users"."name", $1), SUBSTR("users"."name", $2, $3) FROM "users")");
}

TEST_CASE("dialects: functions nest", "[render][dialects][functions]") {
    auto q = select(users.id).from(users).where(length(trim(lower(users.name))) > 3);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."id" FROM "users" WHERE LENGTH(TRIM(LOWER("users"."name"))) > ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`id` FROM `users` WHERE CHAR_LENGTH(TRIM(LOWER(`users`.`name`))) > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."id" FROM "users" WHERE LENGTH(TRIM(LOWER("users"."name"))) > $1)");
}

TEST_CASE("dialects: COUNT(*) and the aggregates", "[render][dialects][functions]") {
    auto q = select(count(), count(users.age), sum(users.age), avg(users.age), min(users.name), max(users.name))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT COUNT(*), COUNT("users"."age"), SUM("users"."age"), AVG("users"."age"), )"
            R"(MIN("users"."name"), MAX("users"."name") FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT COUNT(*), COUNT(`users`.`age`), SUM(`users`.`age`), AVG(`users`.`age`), )"
            R"(MIN(`users`.`name`), MAX(`users`.`name`) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT COUNT(*), COUNT("users"."age"), SUM("users"."age"), AVG("users"."age"), )"
            R"(MIN("users"."name"), MAX("users"."name") FROM "users")");
}

TEST_CASE("dialects: DISTINCT inside aggregates", "[render][dialects][functions]") {
    auto q = select(count(distinct(users.age)), sum(distinct(users.age)), avg(distinct(users.age)),
                    min(distinct(users.age)), max(distinct(users.age)))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT COUNT(DISTINCT "users"."age"), SUM(DISTINCT "users"."age"), AVG(DISTINCT "users"."age"), )"
            R"(MIN(DISTINCT "users"."age"), MAX(DISTINCT "users"."age") FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT COUNT(DISTINCT `users`.`age`), SUM(DISTINCT `users`.`age`), AVG(DISTINCT `users`.`age`), )"
            R"(MIN(DISTINCT `users`.`age`), MAX(DISTINCT `users`.`age`) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT COUNT(DISTINCT "users"."age"), SUM(DISTINCT "users"."age"), AVG(DISTINCT "users"."age"), )"
            R"(MIN(DISTINCT "users"."age"), MAX(DISTINCT "users"."age") FROM "users")");
}

TEST_CASE("dialects: an aggregate of an expression", "[render][dialects][functions]") {
    auto q = select(sum(users.age * 2), count(distinct(lower(users.name)))).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT SUM("users"."age" * ?), COUNT(DISTINCT LOWER("users"."name")) FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT SUM(`users`.`age` * ?), COUNT(DISTINCT LOWER(`users`.`name`)) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT SUM("users"."age" * $1), COUNT(DISTINCT LOWER("users"."name")) FROM "users")");
}

TEST_CASE("dialects: aliases name select items with AS", "[render][dialects][functions]") {
    auto q = select(users.name.as(boss_name), count().as(total), (users.age + 1).as(age_group))
                 .from(users)
                 .group_by(users.name, users.age);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" AS "boss_name", COUNT(*) AS "total", "users"."age" + ? AS "age_group" )"
            R"(FROM "users" GROUP BY "users"."name", "users"."age")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` AS `boss_name`, COUNT(*) AS `total`, `users`.`age` + ? AS `age_group` )"
            R"(FROM `users` GROUP BY `users`.`name`, `users`.`age`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" AS "boss_name", COUNT(*) AS "total", "users"."age" + $1 AS "age_group" )"
            R"(FROM "users" GROUP BY "users"."name", "users"."age")");
}

TEST_CASE("dialects: SUBSTR positions are INTEGER on PostgreSQL", "[render][dialects][functions]") {
    auto q = select(substr(users.name, users.id, 2)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT SUBSTR("users"."name", "users"."id", ?) FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT SUBSTR(`users`.`name`, `users`.`id`, ?) FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT SUBSTR("users"."name", CAST("users"."id" AS INTEGER), $1) FROM "users")");
}
