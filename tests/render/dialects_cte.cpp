// WITH and WITH RECURSIVE on SQLite, MySQL/MariaDB and PostgreSQL: the same text but for
// quoting and placeholders. A CTE's column list is always written, from the names of
// its query's select items, so the recursive part need not name its columns.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

#include "dialect_text.hpp"

using namespace quarry;

QUARRY_ALIAS(depth);

namespace {
// Every employee under the ones without a boss, with their depth in the tree.
constexpr auto tree = cte<"tree">(select(employees.id, employees.name, value(0).as(depth))
                                      .from(employees)
                                      .where(employees.boss_id.is_null()))
                          .union_all([](auto tree) {
                              return select(employees.id, employees.name, tree.depth + 1)
                                  .from(employees)
                                  .join(tree).on(employees.boss_id == tree.id);
                          });
}  // namespace

TEST_CASE("dialects: WITH names a query that FROM uses like a table", "[render][dialects][cte]") {
    auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
    auto q = with(adults)(select(adults.name).from(adults).order_by(adults.name));
    REQUIRE(sqlite_text(q) ==
            R"(WITH "adults" ("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" )"
            R"(WHERE "users"."age" >= ?) SELECT "adults"."name" FROM "adults" ORDER BY "adults"."name" ASC)");
    REQUIRE(mysql_text(q) ==
            R"(WITH `adults` (`id`, `name`) AS (SELECT `users`.`id`, `users`.`name` FROM `users` )"
            R"(WHERE `users`.`age` >= ?) SELECT `adults`.`name` FROM `adults` ORDER BY `adults`.`name` ASC)");
    REQUIRE(postgresql_text(q) ==
            R"(WITH "adults" ("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" )"
            R"(WHERE "users"."age" >= $1) SELECT "adults"."name" FROM "adults" ORDER BY "adults"."name" ASC)");
}

TEST_CASE("dialects: a CTE joins with tables, and a later CTE selects from an earlier one", "[render][dialects][cte]") {
    auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
    auto authors = cte<"authors">(select(adults.id, adults.name).from(adults).join(posts).on(posts.user_id == adults.id));
    auto q = with(adults, authors)(select(authors.name, posts.title).from(authors).join(posts).on(posts.user_id == authors.id));
    REQUIRE(postgresql_text(q) ==
            R"(WITH "adults" ("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1), )"
            R"("authors" ("id", "name") AS (SELECT "adults"."id", "adults"."name" FROM "adults" )"
            R"(INNER JOIN "posts" ON "posts"."user_id" = "adults"."id") )"
            R"(SELECT "authors"."name", "posts"."title" FROM "authors" INNER JOIN "posts" ON "posts"."user_id" = "authors"."id")");
}

TEST_CASE("dialects: WITH RECURSIVE walks a tree", "[render][dialects][cte]") {
    auto q = with(tree)(select(tree.name, tree.depth).from(tree).order_by(tree.depth, tree.name));
    REQUIRE(sqlite_text(q) ==
            R"(WITH RECURSIVE "tree" ("id", "name", "depth") AS (SELECT "employees"."id", "employees"."name", ? AS "depth" )"
            R"(FROM "employees" WHERE "employees"."boss_id" IS NULL UNION ALL SELECT "employees"."id", "employees"."name", )"
            R"("tree"."depth" + ? FROM "employees" INNER JOIN "tree" ON "employees"."boss_id" = "tree"."id") )"
            R"(SELECT "tree"."name", "tree"."depth" FROM "tree" ORDER BY "tree"."depth" ASC, "tree"."name" ASC)");
    REQUIRE(mysql_text(q) ==
            R"(WITH RECURSIVE `tree` (`id`, `name`, `depth`) AS (SELECT `employees`.`id`, `employees`.`name`, ? AS `depth` )"
            R"(FROM `employees` WHERE `employees`.`boss_id` IS NULL UNION ALL SELECT `employees`.`id`, `employees`.`name`, )"
            R"(`tree`.`depth` + ? FROM `employees` INNER JOIN `tree` ON `employees`.`boss_id` = `tree`.`id`) )"
            R"(SELECT `tree`.`name`, `tree`.`depth` FROM `tree` ORDER BY `tree`.`depth` ASC, `tree`.`name` ASC)");
    REQUIRE(postgresql_text(q) ==
            R"(WITH RECURSIVE "tree" ("id", "name", "depth") AS (SELECT "employees"."id", "employees"."name", $1 AS "depth" )"
            R"(FROM "employees" WHERE "employees"."boss_id" IS NULL UNION ALL SELECT "employees"."id", "employees"."name", )"
            R"("tree"."depth" + $2 FROM "employees" INNER JOIN "tree" ON "employees"."boss_id" = "tree"."id") )"
            R"(SELECT "tree"."name", "tree"."depth" FROM "tree" ORDER BY "tree"."depth" ASC, "tree"."name" ASC)");
}

TEST_CASE("dialects: RECURSIVE is written once when any CTE of the WITH is recursive", "[render][dialects][cte]") {
    auto adults = cte<"adults">(select(users.name).from(users).where(users.age >= 18));
    auto q = with(adults, tree)(select(tree.name).from(tree).join(adults).on(adults.name == tree.name));
    REQUIRE(sqlite_text(q).starts_with(R"(WITH RECURSIVE "adults" ("name") AS (SELECT "users"."name" FROM "users" )"
                                       R"(WHERE "users"."age" >= ?), "tree" ("id", "name", "depth") AS ()"));
}

TEST_CASE("dialects: WITH before a set operation", "[render][dialects][cte]") {
    auto adults = cte<"adults">(select(users.name).from(users).where(users.age >= 18));
    auto q = with(adults)(select(adults.name).from(adults).union_all(select(employees.name).from(employees)));
    REQUIRE(mysql_text(q) ==
            R"(WITH `adults` (`name`) AS (SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ?) )"
            R"(SELECT `adults`.`name` FROM `adults` UNION ALL SELECT `employees`.`name` FROM `employees`)");
}

TEST_CASE("a CTE's columns have the types of its query's columns", "[render][cte]") {
    using row_t = decltype(with(tree)(select(tree.id, tree.name, tree.depth).from(tree)))::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::id), std::int64_t>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::name), std::string>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::depth), std::int32_t>);
    auto bosses = cte<"bosses">(select(employees.boss_id).from(employees));
    using boss_row = decltype(with(bosses)(select(bosses.boss_id).from(bosses)))::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(boss_row::boss_id), std::optional<std::int64_t>>);
}

TEST_CASE("a WITH statement's SQL text is a compile-time constant", "[render][cte]") {
    auto q = with(tree)(select(tree.name).from(tree));
    STATIC_REQUIRE(static_sql_v<postgresql::dialect, decltype(q)>.starts_with(R"(WITH RECURSIVE "tree" ("id", "name", "depth") AS (SELECT "employees"."id")"));
}
