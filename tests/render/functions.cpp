// CASE, scalar functions, aggregates and select-list aliases.
#include <catch2/catch.hpp>

#include "sqlite_text.hpp"

using namespace quarry;

TEST_CASE("CASE with several branches and ELSE", "[render][functions]") {
    auto q = select(case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CASE WHEN "users"."age" < ? THEN ? WHEN "users"."age" < ? THEN ? ELSE ? END FROM "users")");
}

TEST_CASE("CASE without ELSE, named with an alias", "[render][functions]") {
    auto q = select(case_when(users.age.is_null(), users.name).as(age_group)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT CASE WHEN "users"."age" IS NULL THEN "users"."name" END AS "age_group" FROM "users")");
}

TEST_CASE("CASE compared with a value needs no parentheses", "[render][functions]") {
    auto q = select(users.id).from(users).where(case_when(users.age < 18, 1).else_(2) == 1);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."id" FROM "users" WHERE CASE WHEN "users"."age" < ? THEN ? ELSE ? END = ?)");
}

TEST_CASE("COALESCE and NULLIF", "[render][functions]") {
    REQUIRE(sqlite_text(select(coalesce(users.age, 0), nullif(users.name, "")).from(users)) ==
            R"(SELECT COALESCE("users"."age", ?), NULLIF("users"."name", ?) FROM "users")");
    REQUIRE(sqlite_text(select(coalesce(samples.quoted, samples.label, "none")).from(samples)) ==
            R"(SELECT COALESCE("sample rows"."say ""hi""", "sample rows"."select", ?) FROM "sample rows")");
}

TEST_CASE("CAST uses SQLite's type names", "[render][functions]") {
    auto q = select(cast<double>(users.age), cast<std::int64_t>(users.name), cast<std::int32_t>(users.name),
                    cast<bool>(users.id), cast<std::string>(users.id), cast<quarry::blob>(users.name),
                    cast<quarry::date>(users.name), cast<quarry::timestamp>(users.name))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CAST("users"."age" AS REAL), CAST("users"."name" AS INTEGER), CAST("users"."name" AS INTEGER), )"
            R"(CAST("users"."id" AS INTEGER), CAST("users"."id" AS TEXT), CAST("users"."name" AS BLOB), )"
            R"(CAST("users"."name" AS TEXT), CAST("users"."name" AS TEXT) FROM "users")");
}

TEST_CASE("CAST of an expression keeps it whole inside the parentheses", "[render][functions]") {
    REQUIRE(sqlite_text(select(cast<double>(users.id + users.age) / 2).from(users)) ==
            R"(SELECT CAST("users"."id" + "users"."age" AS REAL) / ? FROM "users")");
}

TEST_CASE("concat joins with ||", "[render][functions]") {
    REQUIRE(sqlite_text(select(concat(users.name, " (", cast<std::string>(users.age), ")")).from(users)) ==
            R"(SELECT "users"."name" || ? || CAST("users"."age" AS TEXT) || ? FROM "users")");
}

TEST_CASE("concat binds tighter than = and LIKE; a nested concat is parenthesised", "[render][functions]") {
    REQUIRE(sqlite_text(select(users.id).from(users).where(concat(users.name, "!") == "Ann!")) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" || ? = ?)");
    REQUIRE(sqlite_text(select(users.id).from(users).where(users.name.like(concat(users.name, "%")))) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE "users"."name" || ? ESCAPE '\')");
    REQUIRE(sqlite_text(select(concat(concat(users.name, "a"), "b")).from(users)) ==
            R"(SELECT ("users"."name" || ?) || ? FROM "users")");
}

TEST_CASE("string functions", "[render][functions]") {
    auto q = select(lower(users.name), upper(users.name), length(users.name), trim(users.name), ltrim(users.name),
                    rtrim(users.name))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT LOWER("users"."name"), UPPER("users"."name"), LENGTH("users"."name"), TRIM("users"."name"), )"
            R"(LTRIM("users"."name"), RTRIM("users"."name") FROM "users")");
}

TEST_CASE("substr with and without a count", "[render][functions]") {
    REQUIRE(sqlite_text(select(substr(users.name, 2), substr(users.name, 1, 3)).from(users)) ==
            R"(SELECT SUBSTR("users"."name", ?), SUBSTR("users"."name", ?, ?) FROM "users")");
}

TEST_CASE("functions nest", "[render][functions]") {
    REQUIRE(sqlite_text(select(users.id).from(users).where(length(trim(lower(users.name))) > 3)) ==
            R"(SELECT "users"."id" FROM "users" WHERE LENGTH(TRIM(LOWER("users"."name"))) > ?)");
}

TEST_CASE("COUNT(*) and the aggregates", "[render][functions]") {
    auto q = select(count(), count(users.age), sum(users.age), avg(users.age), min(users.name), max(users.name))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT COUNT(*), COUNT("users"."age"), SUM("users"."age"), AVG("users"."age"), )"
            R"(MIN("users"."name"), MAX("users"."name") FROM "users")");
}

TEST_CASE("DISTINCT inside aggregates", "[render][functions]") {
    auto q = select(count(distinct(users.age)), sum(distinct(users.age)), avg(distinct(users.age)),
                    min(distinct(users.age)), max(distinct(users.age)))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT COUNT(DISTINCT "users"."age"), SUM(DISTINCT "users"."age"), AVG(DISTINCT "users"."age"), )"
            R"(MIN(DISTINCT "users"."age"), MAX(DISTINCT "users"."age") FROM "users")");
}

TEST_CASE("an aggregate of an expression", "[render][functions]") {
    REQUIRE(sqlite_text(select(sum(users.age * 2), count(distinct(lower(users.name)))).from(users)) ==
            R"(SELECT SUM("users"."age" * ?), COUNT(DISTINCT LOWER("users"."name")) FROM "users")");
}

TEST_CASE("aliases name select items with AS", "[render][functions]") {
    auto q = select(users.name.as(boss_name), count().as(total), (users.age + 1).as(age_group))
                 .from(users)
                 .group_by(users.name, users.age);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" AS "boss_name", COUNT(*) AS "total", "users"."age" + ? AS "age_group" )"
            R"(FROM "users" GROUP BY "users"."name", "users"."age")");
}
