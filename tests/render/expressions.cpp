// Operators and predicates: how each renders, and where parentheses appear.
// Parentheses are added only where SQL precedence needs them (and around NOT's operand).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "sqlite_text.hpp"

using namespace quarry;

TEST_CASE("each comparison operator renders as its SQL spelling", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id == 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id != 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" <> ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id < 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" < ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id <= 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" <= ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id > 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id >= 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" >= ?)");
}

TEST_CASE("a value on the left and a column on the right", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(18 <= users.age)) ==
            R"(SELECT "users"."name" FROM "users" WHERE ? <= "users"."age")");
}

TEST_CASE("a comparison of two comparisons keeps both in parentheses", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where((users.id == 1) == (users.age < 2))) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = ?) = ("users"."age" < ?))");
}

TEST_CASE("a chain of ANDs, or of ORs, is flat", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id > 1 && users.id < 9 && users.age == 3)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > ? AND "users"."id" < ? AND "users"."age" = ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id == 1 || users.id == 2 || users.id == 3)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ? OR "users"."id" = ? OR "users"."id" = ?)");
}

TEST_CASE("OR inside AND is parenthesised; AND inside OR needs no parentheses", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where((users.id == 1 || users.id == 2) && users.age > 3)) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = ? OR "users"."id" = ?) AND "users"."age" > ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age > 3 && (users.id == 1 || users.id == 2))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > ? AND ("users"."id" = ? OR "users"."id" = ?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id == 1 || (users.id == 2 && users.age > 3))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ? OR "users"."id" = ? AND "users"."age" > ?)");
}

TEST_CASE("NOT puts its condition in parentheses", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(!(users.id == 1 || users.id == 2))) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."id" = ? OR "users"."id" = ?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(!(users.id > 1))) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."id" > ?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(!!(users.id > 1))) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT (NOT ("users"."id" > ?)))");
}

TEST_CASE("NOT of a boolean column needs no parentheses", "[render][expressions]") {
    REQUIRE(sqlite_text(select(samples.id).from(samples).where(!samples.flag && samples.small > 1)) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE NOT "sample rows"."flag" AND "sample rows"."small" > ?)");
}

TEST_CASE("arithmetic operators", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.id + 1, users.id - 1, users.id * 2, users.id / 2, users.id % 2).from(users)) ==
            R"(SELECT "users"."id" + ?, "users"."id" - ?, "users"."id" * ?, "users"."id" / ?, "users"."id" % ? FROM "users")");
}

TEST_CASE("arithmetic is left-associative: only a right-hand group keeps its parentheses",
          "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.id - users.age - 1).from(users)) ==
            R"(SELECT "users"."id" - "users"."age" - ? FROM "users")");
    REQUIRE(sqlite_text(select(users.id - (users.age - 1)).from(users)) ==
            R"(SELECT "users"."id" - ("users"."age" - ?) FROM "users")");
    REQUIRE(sqlite_text(select(users.id / 2 * 3, users.id * (2 / users.id)).from(users)) ==
            R"(SELECT "users"."id" / ? * ?, "users"."id" * (? / "users"."id") FROM "users")");
}

TEST_CASE("a sum inside a product is parenthesised, a product inside a sum is not", "[render][expressions]") {
    REQUIRE(sqlite_text(select((users.id + users.age) * 2, users.id + users.age * 2).from(users)) ==
            R"(SELECT ("users"."id" + "users"."age") * ?, "users"."id" + "users"."age" * ? FROM "users")");
}

TEST_CASE("unary minus", "[render][expressions]") {
    REQUIRE(sqlite_text(select(-users.age, -(users.id + 1), -(-users.age), users.id - -users.age).from(users)) ==
            R"(SELECT -"users"."age", -("users"."id" + ?), -(-"users"."age"), "users"."id" - -"users"."age" FROM "users")");
}

TEST_CASE("arithmetic inside a comparison needs no parentheses", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age + 1 > users.id * 2)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + ? > "users"."id" * ?)");
}

TEST_CASE("LIKE and NOT LIKE", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.name.like("A%") && users.name.not_like("%b"))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" LIKE ? ESCAPE '\' AND "users"."name" NOT LIKE ? ESCAPE '\')");
    REQUIRE(sqlite_text(select(users.name).from(users).where(!users.name.like(users.name))) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."name" LIKE "users"."name" ESCAPE '\'))");
}

TEST_CASE("IN and NOT IN with a list of values", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.in(1, 2, 3))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.not_in(4))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN (?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where((users.age + 1).in(users.id, 2))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + ? IN ("users"."id", ?))");
}

TEST_CASE("IN over a vector has one placeholder per element", "[render][expressions]") {
    const std::vector<std::int64_t> ids{4, 5, 6};
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.in(ids))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.not_in(std::vector<int>{7}))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN (?))");
    const std::vector<std::string> names{"Ann", "Bob"};
    REQUIRE(sqlite_text(select(users.id).from(users).where(users.name.in(names))) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" IN (?, ?))");
}

TEST_CASE("IN over an empty vector matches no row, NOT IN matches every row", "[render][expressions]") {
    const std::vector<std::int64_t> none;
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.in(none))) ==
            R"(SELECT "users"."name" FROM "users" WHERE 1 = 0)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.not_in(none))) ==
            R"(SELECT "users"."name" FROM "users" WHERE 1 = 1)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(!users.id.in(none) && users.age > 1)) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT (1 = 0) AND "users"."age" > ?)");
}

TEST_CASE("IN and NOT IN with a subquery", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.id.in(select(posts.user_id).from(posts)))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(
                users.id.not_in(select(posts.user_id).from(posts).where(posts.title == "draft")))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN )"
            R"((SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" = ?))");
}

TEST_CASE("BETWEEN, and BETWEEN next to AND", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age.between(18, 65))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" BETWEEN ? AND ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age.between(users.id - 1, users.id + 1) &&
                                                              users.id > 0)) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" BETWEEN "users"."id" - ? AND "users"."id" + ? )"
            R"(AND "users"."id" > ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age.between(1, 2) == true)) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" BETWEEN ? AND ?) = ?)");
}

TEST_CASE("IS NULL and IS NOT NULL", "[render][expressions]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age.is_null() || users.age.is_not_null())) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" IS NULL OR "users"."age" IS NOT NULL)");
    REQUIRE(sqlite_text(select(users.name).from(users).where((users.id == users.age).is_null())) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = "users"."age") IS NULL)");
}
