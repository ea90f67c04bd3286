// Operators on SQLite, MySQL/MariaDB and PostgreSQL: comparisons, AND/OR/NOT and
// arithmetic, with parentheses only where SQL precedence needs them. They render alike
// apart from quoting and placeholders, except that dividing two integers is DIV on
// MySQL, whose / would give a decimal.
#include <catch2/catch.hpp>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: each comparison operator renders as its SQL spelling", "[render][dialects][operators]") {
    auto q = select(users.name).from(users).where(users.id == 1 && users.id != 2 && users.id < 3 && users.id <= 4 &&
                                                  users.id > 5 && users.id >= 6);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ? AND "users"."id" <> ? )"
            R"(AND "users"."id" < ? AND "users"."id" <= ? AND "users"."id" > ? AND "users"."id" >= ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` = ? AND `users`.`id` <> ? )"
            R"(AND `users`.`id` < ? AND `users`.`id` <= ? AND `users`.`id` > ? AND `users`.`id` >= ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = $1 AND "users"."id" <> $2 )"
            R"(AND "users"."id" < $3 AND "users"."id" <= $4 AND "users"."id" > $5 AND "users"."id" >= $6)");
}

TEST_CASE("dialects: a value on the left and a column on the right", "[render][dialects][operators]") {
    auto q = select(users.name).from(users).where(18 <= users.age);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" WHERE ? <= "users"."age")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE ? <= `users`.`age`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name" FROM "users" WHERE $1 <= "users"."age")");
}

TEST_CASE("dialects: a comparison of two comparisons keeps both in parentheses", "[render][dialects][operators]") {
    auto q = select(users.name).from(users).where((users.id == 1) == (users.age < 2));
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = ?) = ("users"."age" < ?))");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE (`users`.`id` = ?) = (`users`.`age` < ?))");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = $1) = ("users"."age" < $2))");
}

TEST_CASE("dialects: a chain of ANDs, or of ORs, is flat", "[render][dialects][operators]") {
    auto all = select(users.name).from(users).where(users.id > 1 && users.id < 9 && users.age == 3);
    REQUIRE(sqlite_text(all) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > ? AND "users"."id" < ? )"
            R"(AND "users"."age" = ?)");
    REQUIRE(mysql_text(all) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` > ? AND `users`.`id` < ? )"
            R"(AND `users`.`age` = ?)");
    REQUIRE(postgresql_text(all) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > $1 AND "users"."id" < $2 )"
            R"(AND "users"."age" = $3)");
    auto any = select(users.name).from(users).where(users.id == 1 || users.id == 2 || users.id == 3);
    REQUIRE(sqlite_text(any) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ? OR "users"."id" = ? OR "users"."id" = ?)");
    REQUIRE(mysql_text(any) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` = ? OR `users`.`id` = ? OR `users`.`id` = ?)");
    REQUIRE(postgresql_text(any) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = $1 OR "users"."id" = $2 )"
            R"(OR "users"."id" = $3)");
}

TEST_CASE("dialects: OR inside AND is parenthesised; AND inside OR is not", "[render][dialects][operators]") {
    auto or_first = select(users.name).from(users).where((users.id == 1 || users.id == 2) && users.age > 3);
    REQUIRE(sqlite_text(or_first) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = ? OR "users"."id" = ?) )"
            R"(AND "users"."age" > ?)");
    REQUIRE(mysql_text(or_first) ==
            R"(SELECT `users`.`name` FROM `users` WHERE (`users`.`id` = ? OR `users`.`id` = ?) )"
            R"(AND `users`.`age` > ?)");
    REQUIRE(postgresql_text(or_first) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = $1 OR "users"."id" = $2) )"
            R"(AND "users"."age" > $3)");
    auto or_last = select(users.name).from(users).where(users.age > 3 && (users.id == 1 || users.id == 2));
    REQUIRE(sqlite_text(or_last) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > ? AND ("users"."id" = ? )"
            R"(OR "users"."id" = ?))");
    REQUIRE(mysql_text(or_last) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` > ? AND (`users`.`id` = ? )"
            R"(OR `users`.`id` = ?))");
    REQUIRE(postgresql_text(or_last) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > $1 AND ("users"."id" = $2 )"
            R"(OR "users"."id" = $3))");
    auto and_inside_or = select(users.name).from(users).where(users.id == 1 || (users.id == 2 && users.age > 3));
    REQUIRE(sqlite_text(and_inside_or) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = ? OR "users"."id" = ? AND "users"."age" > ?)");
    REQUIRE(mysql_text(and_inside_or) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` = ? OR `users`.`id` = ? AND `users`.`age` > ?)");
    REQUIRE(postgresql_text(and_inside_or) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" = $1 OR "users"."id" = $2 )"
            R"(AND "users"."age" > $3)");
}

TEST_CASE("dialects: NOT puts its condition in parentheses", "[render][dialects][operators]") {
    auto not_or = select(users.name).from(users).where(!(users.id == 1 || users.id == 2));
    REQUIRE(sqlite_text(not_or) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."id" = ? OR "users"."id" = ?))");
    REQUIRE(mysql_text(not_or) ==
            R"(SELECT `users`.`name` FROM `users` WHERE NOT (`users`.`id` = ? OR `users`.`id` = ?))");
    REQUIRE(postgresql_text(not_or) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."id" = $1 OR "users"."id" = $2))");
    auto not_not = select(users.name).from(users).where(!!(users.id > 1));
    REQUIRE(sqlite_text(not_not) == R"(SELECT "users"."name" FROM "users" WHERE NOT (NOT ("users"."id" > ?)))");
    REQUIRE(mysql_text(not_not) == R"(SELECT `users`.`name` FROM `users` WHERE NOT (NOT (`users`.`id` > ?)))");
    REQUIRE(postgresql_text(not_not) == R"(SELECT "users"."name" FROM "users" WHERE NOT (NOT ("users"."id" > $1)))");
}

TEST_CASE("dialects: NOT of a boolean column needs no parentheses", "[render][dialects][operators]") {
    auto q = select(samples.id).from(samples).where(!samples.flag && samples.small > 1);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE NOT "sample rows"."flag" )"
            R"(AND "sample rows"."small" > ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `sample rows`.`id` FROM `sample rows` WHERE NOT `sample rows`.`flag` )"
            R"(AND `sample rows`.`small` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE NOT "sample rows"."flag" )"
            R"(AND "sample rows"."small" > $1)");
}

TEST_CASE("dialects: arithmetic operators; dividing two integers is DIV on MySQL",
          "[render][dialects][operators]") {
    auto q = select(users.id + 1, users.id - 1, users.id * 2, users.id / 2, users.id % 2).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."id" + ?, "users"."id" - ?, "users"."id" * ?, "users"."id" / ?, )"
            R"("users"."id" % ? FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`id` + ?, `users`.`id` - ?, `users`.`id` * ?, `users`.`id` DIV ?, )"
            R"(`users`.`id` % ? FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."id" + $1, "users"."id" - $2, "users"."id" * $3, "users"."id" / $4, )"
            R"("users"."id" % $5 FROM "users")");
}

TEST_CASE("dialects: division with a double on either side is / everywhere", "[render][dialects][operators]") {
    auto q = select(samples.ratio / samples.small, samples.small / 2.0, cast<double>(samples.small) / 2,
                    samples.small / samples.id)
                 .from(samples);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "sample rows"."ratio" / "sample rows"."small", "sample rows"."small" / ?, )"
            R"(CAST("sample rows"."small" AS REAL) / ?, "sample rows"."small" / "sample rows"."id" )"
            R"(FROM "sample rows")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `sample rows`.`ratio` / `sample rows`.`small`, `sample rows`.`small` / ?, )"
            R"(CAST(`sample rows`.`small` AS DOUBLE) / ?, `sample rows`.`small` DIV `sample rows`.`id` )"
            R"(FROM `sample rows`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "sample rows"."ratio" / "sample rows"."small", "sample rows"."small" / $1, )"
            R"(CAST("sample rows"."small" AS DOUBLE PRECISION) / $2, "sample rows"."small" / "sample rows"."id" )"
            R"(FROM "sample rows")");
}

TEST_CASE("dialects: arithmetic is left-associative; DIV keeps the same precedence as *",
          "[render][dialects][operators]") {
    auto minus = select(users.id - users.age - 1, users.id - (users.age - 1)).from(users);
    REQUIRE(sqlite_text(minus) ==
            R"(SELECT "users"."id" - "users"."age" - ?, "users"."id" - ("users"."age" - ?) FROM "users")");
    REQUIRE(mysql_text(minus) ==
            R"(SELECT `users`.`id` - `users`.`age` - ?, `users`.`id` - (`users`.`age` - ?) FROM `users`)");
    REQUIRE(postgresql_text(minus) ==
            R"(SELECT "users"."id" - "users"."age" - $1, "users"."id" - ("users"."age" - $2) FROM "users")");
    auto divide = select(users.id / 2 * 3, users.id * (2 / users.id)).from(users);
    REQUIRE(sqlite_text(divide) == R"(SELECT "users"."id" / ? * ?, "users"."id" * (? / "users"."id") FROM "users")");
    REQUIRE(mysql_text(divide) ==
            R"(SELECT `users`.`id` DIV ? * ?, `users`.`id` * (? DIV `users`.`id`) FROM `users`)");
    REQUIRE(postgresql_text(divide) ==
            R"(SELECT "users"."id" / $1 * $2, "users"."id" * ($3 / "users"."id") FROM "users")");
}

TEST_CASE("dialects: a sum inside a product is parenthesised, a product inside a sum is not",
          "[render][dialects][operators]") {
    auto q = select((users.id + users.age) * 2, users.id + users.age * 2).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT ("users"."id" + "users"."age") * ?, "users"."id" + "users"."age" * ? FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT (`users`.`id` + `users`.`age`) * ?, `users`.`id` + `users`.`age` * ? FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT ("users"."id" + "users"."age") * $1, "users"."id" + "users"."age" * $2 FROM "users")");
}

TEST_CASE("dialects: unary minus never forms a -- comment", "[render][dialects][operators]") {
    auto q = select(-users.age, -(users.id + 1), -(-users.age), users.id - -users.age).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT -"users"."age", -("users"."id" + ?), -(-"users"."age"), "users"."id" - -"users"."age" )"
            R"(FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT -`users`.`age`, -(`users`.`id` + ?), -(-`users`.`age`), `users`.`id` - -`users`.`age` )"
            R"(FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT -"users"."age", -("users"."id" + $1), -(-"users"."age"), "users"."id" - -"users"."age" )"
            R"(FROM "users")");
}

TEST_CASE("dialects: arithmetic inside a comparison needs no parentheses", "[render][dialects][operators]") {
    auto q = select(users.name).from(users).where(users.age + 1 > users.id * 2);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + ? > "users"."id" * ?)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` + ? > `users`.`id` * ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + $1 > "users"."id" * $2)");
}
