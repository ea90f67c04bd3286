// UNION, UNION ALL, INTERSECT and EXCEPT on SQLite, MySQL/MariaDB and PostgreSQL. What
// differs is only where parentheses go: SQLite allows none around a member and reads
// the operators left to right; MySQL/MariaDB and PostgreSQL bind INTERSECT tighter, so a
// UNION on INTERSECT's left is parenthesized there. tests/compile_fail shows that a
// member needing parentheses does not compile for SQLite.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: UNION ALL of two SELECTs", "[render][dialects][set]") {
    auto q = select(users.name).from(users).union_all(select(employees.name).from(employees));
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "employees"."name" FROM "employees")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` UNION ALL SELECT `employees`.`name` FROM `employees`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "employees"."name" FROM "employees")");
}

TEST_CASE("dialects: UNION, INTERSECT and EXCEPT keep each side's bound values in order", "[render][dialects][set]") {
    auto adults = select(users.id).from(users).where(users.age >= 18);
    auto authors = select(posts.user_id).from(posts).where(posts.title != "");
    REQUIRE(postgresql_text(adults.union_distinct(authors)) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1 UNION )"
            R"(SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" <> $2)");
    REQUIRE(postgresql_text(adults.intersect(authors)) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1 INTERSECT )"
            R"(SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" <> $2)");
    REQUIRE(sqlite_text(adults.except(authors)) ==
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" >= ? EXCEPT )"
            R"(SELECT "posts"."user_id" FROM "posts" WHERE "posts"."title" <> ?)");
    REQUIRE(mysql_text(adults.except(authors)) ==
            R"(SELECT `users`.`id` FROM `users` WHERE `users`.`age` >= ? EXCEPT )"
            R"(SELECT `posts`.`user_id` FROM `posts` WHERE `posts`.`title` <> ?)");
}

TEST_CASE("dialects: ORDER BY, LIMIT and OFFSET apply to the whole set operation, by result column name",
          "[render][dialects][set]") {
    auto q = select(users.name, users.age)
                 .from(users)
                 .union_all(select(employees.name, employees.id).from(employees))
                 .order_by(users.name.desc(), users.age)
                 .limit(10)
                 .offset(5);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "users"."age" FROM "users" UNION ALL SELECT "employees"."name", "employees"."id" )"
            R"(FROM "employees" ORDER BY "name" DESC, "age" ASC LIMIT ? OFFSET ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, `users`.`age` FROM `users` UNION ALL SELECT `employees`.`name`, `employees`.`id` )"
            R"(FROM `employees` ORDER BY `name` DESC, `age` ASC LIMIT ? OFFSET ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", "users"."age" FROM "users" UNION ALL SELECT "employees"."name", "employees"."id" )"
            R"(FROM "employees" ORDER BY "name" DESC, "age" ASC LIMIT $1 OFFSET $2)");
}

TEST_CASE("dialects: ORDER BY after a set operation names an alias of the first SELECT", "[render][dialects][set]") {
    auto q = select(users.name, count().as(total))
                 .from(users)
                 .group_by(users.name)
                 .union_all(select(posts.title, count()).from(posts).group_by(posts.title))
                 .order_by(total.desc().nulls_last());
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", COUNT(*) AS "total" FROM "users" GROUP BY "users"."name" UNION ALL )"
            R"(SELECT "posts"."title", COUNT(*) FROM "posts" GROUP BY "posts"."title" ORDER BY "total" DESC NULLS LAST)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, COUNT(*) AS `total` FROM `users` GROUP BY `users`.`name` UNION ALL )"
            R"(SELECT `posts`.`title`, COUNT(*) FROM `posts` GROUP BY `posts`.`title` )"
            R"(ORDER BY `total` IS NULL ASC, `total` DESC)");
}

TEST_CASE("dialects: a member with its own ORDER BY and LIMIT is parenthesized", "[render][dialects][set]") {
    auto youngest = select(users.name).from(users).order_by(users.age.asc()).limit(1);
    auto oldest = select(users.name).from(users).order_by(users.age.desc()).limit(1);
    auto q = youngest.union_all(oldest);
    REQUIRE(mysql_text(q) ==
            R"((SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` ASC LIMIT ?) UNION ALL )"
            R"((SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` DESC LIMIT ?))");
    REQUIRE(postgresql_text(q) ==
            R"((SELECT "users"."name" FROM "users" ORDER BY "users"."age" ASC LIMIT $1) UNION ALL )"
            R"((SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC LIMIT $2))");
}

TEST_CASE("dialects: set operations chain left to right; INTERSECT after UNION is parenthesized where it binds tighter",
          "[render][dialects][set]") {
    auto a = select(users.id).from(users);
    auto b = select(posts.user_id).from(posts);
    auto c = select(employees.id).from(employees);
    auto union_then_intersect = a.union_distinct(b).intersect(c);
    REQUIRE(sqlite_text(union_then_intersect) ==
            R"(SELECT "users"."id" FROM "users" UNION SELECT "posts"."user_id" FROM "posts" )"
            R"(INTERSECT SELECT "employees"."id" FROM "employees")");
    REQUIRE(mysql_text(union_then_intersect) ==
            R"((SELECT `users`.`id` FROM `users` UNION SELECT `posts`.`user_id` FROM `posts`) )"
            R"(INTERSECT SELECT `employees`.`id` FROM `employees`)");
    REQUIRE(postgresql_text(union_then_intersect) ==
            R"((SELECT "users"."id" FROM "users" UNION SELECT "posts"."user_id" FROM "posts") )"
            R"(INTERSECT SELECT "employees"."id" FROM "employees")");
    // INTERSECT first needs no parentheses anywhere.
    auto intersect_then_union = a.intersect(b).union_all(c);
    REQUIRE(postgresql_text(intersect_then_union) ==
            R"(SELECT "users"."id" FROM "users" INTERSECT SELECT "posts"."user_id" FROM "posts" )"
            R"(UNION ALL SELECT "employees"."id" FROM "employees")");
    // A set operation on the right is parenthesized.
    REQUIRE(postgresql_text(a.except(b.union_all(c))) ==
            R"(SELECT "users"."id" FROM "users" EXCEPT )"
            R"((SELECT "posts"."user_id" FROM "posts" UNION ALL SELECT "employees"."id" FROM "employees"))");
}

TEST_CASE("dialects: a set operation as a derived table", "[render][dialects][set]") {
    auto names = select(users.name).from(users).union_all(select(employees.name).from(employees)).subquery<"names">();
    auto q = select(names.name).from(names).where(names.name.like("A%"));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "names"."name" FROM (SELECT "users"."name" FROM "users" UNION ALL SELECT "employees"."name" )"
            R"(FROM "employees") AS "names" WHERE "names"."name" LIKE ? ESCAPE '\')");
}

TEST_CASE("a set operation's row: the first side's names, NULL where either side may be NULL, a type both fit",
          "[render][set]") {
    auto q = select(users.name, users.id).from(users).union_all(select(users.name, users.age).from(users));
    using row_t = decltype(q)::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::name), std::string>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::id), std::optional<std::int64_t>>);
}

TEST_CASE("a set operation's SQL text is a compile-time constant", "[render][set]") {
    auto q = select(users.name).from(users).union_all(select(employees.name).from(employees)).order_by(users.name);
    STATIC_REQUIRE(static_sql_v<sqlite::dialect, decltype(q)> ==
                   R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "employees"."name" FROM "employees" )"
                   R"(ORDER BY "name" ASC)");
}
