// Predicates on SQLite, MySQL/MariaDB and PostgreSQL: LIKE, case-insensitive LIKE, IN,
// BETWEEN and IS NULL. LIKE always names its escape character, a backslash, since the
// backends' defaults differ; MySQL spells that string '\\', as a backslash escapes in
// its string literals. Case-insensitive LIKE is ILIKE on PostgreSQL and
// LOWER(x) LIKE LOWER(p) elsewhere.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: LIKE and NOT LIKE", "[render][dialects][predicates]") {
    auto q = select(users.name).from(users).where(users.name.like("A%") && users.name.not_like("%b"));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" LIKE ? ESCAPE '\' )"
            R"(AND "users"."name" NOT LIKE ? ESCAPE '\')");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`name` LIKE ? ESCAPE X'5C' )"
            R"(AND `users`.`name` NOT LIKE ? ESCAPE X'5C')");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" LIKE $1 ESCAPE '\' )"
            R"(AND "users"."name" NOT LIKE $2 ESCAPE '\')");
    auto negated = select(users.name).from(users).where(!users.name.like(users.name));
    REQUIRE(sqlite_text(negated) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."name" LIKE "users"."name" ESCAPE '\'))");
    REQUIRE(mysql_text(negated) ==
            R"(SELECT `users`.`name` FROM `users` WHERE NOT (`users`.`name` LIKE `users`.`name` ESCAPE X'5C'))");
    REQUIRE(postgresql_text(negated) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT ("users"."name" LIKE "users"."name" ESCAPE '\'))");
}

TEST_CASE("dialects: case-insensitive LIKE is ILIKE on PostgreSQL, LOWER() LIKE LOWER() elsewhere",
          "[render][dialects][predicates]") {
    auto q = select(users.name).from(users).where(users.name.ilike("a%") ||
                                                  users.name.not_ilike(concat("%", users.name)));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE LOWER("users"."name") LIKE LOWER(?) ESCAPE '\' )"
            R"(OR LOWER("users"."name") NOT LIKE LOWER(? || "users"."name") ESCAPE '\')");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE LOWER(`users`.`name`) LIKE LOWER(?) ESCAPE X'5C' )"
            R"(OR LOWER(`users`.`name`) NOT LIKE LOWER(CONCAT(?, `users`.`name`)) ESCAPE X'5C')");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" ILIKE $1 ESCAPE '\' )"
            R"(OR "users"."name" NOT ILIKE $2 || "users"."name" ESCAPE '\')");
}

TEST_CASE("dialects: IN and NOT IN with a list of values", "[render][dialects][predicates]") {
    auto in = select(users.name).from(users).where(users.id.in(1, 2, 3));
    REQUIRE(sqlite_text(in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
    REQUIRE(mysql_text(in) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (?, ?, ?))");
    REQUIRE(postgresql_text(in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN ($1, $2, $3))");
    auto not_in = select(users.name).from(users).where(users.id.not_in(4));
    REQUIRE(sqlite_text(not_in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN (?))");
    REQUIRE(mysql_text(not_in) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` NOT IN (?))");
    REQUIRE(postgresql_text(not_in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN ($1))");
    auto expressions = select(users.name).from(users).where((users.age + 1).in(users.id, 2));
    REQUIRE(sqlite_text(expressions) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + ? IN ("users"."id", ?))");
    REQUIRE(mysql_text(expressions) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` + ? IN (`users`.`id`, ?))");
    REQUIRE(postgresql_text(expressions) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" + $1 IN ("users"."id", $2))");
}

TEST_CASE("dialects: IN over a vector has one placeholder per element", "[render][dialects][predicates]") {
    const std::vector<std::int64_t> ids{4, 5, 6};
    auto in = select(users.name).from(users).where(users.id.in(ids));
    REQUIRE(sqlite_text(in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (?, ?, ?))");
    REQUIRE(mysql_text(in) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (?, ?, ?))");
    REQUIRE(postgresql_text(in) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN ($1, $2, $3))");
    const std::vector<std::string> names{"Ann", "Bob"};
    auto not_in = select(users.id).from(users).where(users.name.not_in(names));
    REQUIRE(sqlite_text(not_in) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" NOT IN (?, ?))");
    REQUIRE(mysql_text(not_in) == R"(SELECT `users`.`id` FROM `users` WHERE `users`.`name` NOT IN (?, ?))");
    REQUIRE(postgresql_text(not_in) == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" NOT IN ($1, $2))");
}

TEST_CASE("dialects: IN over an empty vector matches no row, NOT IN matches every row",
          "[render][dialects][predicates]") {
    const std::vector<std::int64_t> none;
    auto in = select(users.name).from(users).where(users.id.in(none));
    REQUIRE(sqlite_text(in) == R"(SELECT "users"."name" FROM "users" WHERE 1 = 0)");
    REQUIRE(mysql_text(in) == R"(SELECT `users`.`name` FROM `users` WHERE 1 = 0)");
    REQUIRE(postgresql_text(in) == R"(SELECT "users"."name" FROM "users" WHERE 1 = 0)");
    auto not_in = select(users.name).from(users).where(users.id.not_in(none) && users.age > 1);
    REQUIRE(sqlite_text(not_in) == R"(SELECT "users"."name" FROM "users" WHERE 1 = 1 AND "users"."age" > ?)");
    REQUIRE(mysql_text(not_in) == R"(SELECT `users`.`name` FROM `users` WHERE 1 = 1 AND `users`.`age` > ?)");
    REQUIRE(postgresql_text(not_in) == R"(SELECT "users"."name" FROM "users" WHERE 1 = 1 AND "users"."age" > $1)");
}

TEST_CASE("dialects: IN and NOT IN with a subquery", "[render][dialects][predicates]") {
    auto in = select(users.name).from(users).where(users.id.in(select(posts.user_id).from(posts)));
    REQUIRE(sqlite_text(in) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
    REQUIRE(mysql_text(in) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts`))");
    REQUIRE(postgresql_text(in) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))");
    auto not_in = select(users.name).from(users).where(
        users.id.not_in(select(posts.user_id).from(posts).where(posts.title == "draft")));
    REQUIRE(sqlite_text(not_in) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN (SELECT "posts"."user_id" )"
            R"(FROM "posts" WHERE "posts"."title" = ?))");
    REQUIRE(mysql_text(not_in) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` NOT IN (SELECT `posts`.`user_id` )"
            R"(FROM `posts` WHERE `posts`.`title` = ?))");
    REQUIRE(postgresql_text(not_in) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" NOT IN (SELECT "posts"."user_id" )"
            R"(FROM "posts" WHERE "posts"."title" = $1))");
}

TEST_CASE("dialects: BETWEEN, and BETWEEN next to AND", "[render][dialects][predicates]") {
    auto q = select(users.name).from(users).where(users.age.between(users.id - 1, users.id + 1) && users.id > 0);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" BETWEEN "users"."id" - ? )"
            R"(AND "users"."id" + ? AND "users"."id" > ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` BETWEEN `users`.`id` - ? )"
            R"(AND `users`.`id` + ? AND `users`.`id` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" BETWEEN "users"."id" - $1 )"
            R"(AND "users"."id" + $2 AND "users"."id" > $3)");
    auto compared = select(users.name).from(users).where(users.age.between(1, 2) == true);
    REQUIRE(sqlite_text(compared) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" BETWEEN ? AND ?) = ?)");
    REQUIRE(mysql_text(compared) ==
            R"(SELECT `users`.`name` FROM `users` WHERE (`users`.`age` BETWEEN ? AND ?) = ?)");
    REQUIRE(postgresql_text(compared) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."age" BETWEEN $1 AND $2) = $3)");
}

TEST_CASE("dialects: IS NULL and IS NOT NULL", "[render][dialects][predicates]") {
    auto q = select(users.name).from(users).where(users.age.is_null() || users.age.is_not_null());
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" IS NULL OR "users"."age" IS NOT NULL)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` IS NULL OR `users`.`age` IS NOT NULL)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" IS NULL OR "users"."age" IS NOT NULL)");
    auto of_comparison = select(users.name).from(users).where((users.id == users.age).is_null());
    REQUIRE(sqlite_text(of_comparison) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = "users"."age") IS NULL)");
    REQUIRE(mysql_text(of_comparison) ==
            R"(SELECT `users`.`name` FROM `users` WHERE (`users`.`id` = `users`.`age`) IS NULL)");
    REQUIRE(postgresql_text(of_comparison) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" = "users"."age") IS NULL)");
}
