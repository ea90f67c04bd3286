// SELECT on SQLite, MySQL/MariaDB and PostgreSQL: clauses, joins, subqueries, derived
// tables. What differs: quoting, placeholders, and NULLS FIRST/LAST, which MySQL lacks
// and Quarry emulates with an `x IS NULL` sort key. MySQL has no FULL OUTER JOIN:
// tests/compile_fail/full_join_on_mysql.cpp shows that it does not compile.
#include <catch2/catch.hpp>

#include <cstdint>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: the smallest SELECT qualifies every column with its table", "[render][dialects][select]") {
    auto q = select(users.name).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name" FROM "users")");
}

TEST_CASE("dialects: all_of expands to every column in declaration order", "[render][dialects][select]") {
    auto q = select(all_of(users)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."id", "users"."name", "users"."age" FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`id`, `users`.`name`, `users`.`age` FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."id", "users"."name", "users"."age" FROM "users")");
}

TEST_CASE("dialects: SELECT DISTINCT", "[render][dialects][select]") {
    auto q = select(users.name, users.age).distinct().from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT DISTINCT "users"."name", "users"."age" FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT DISTINCT `users`.`name`, `users`.`age` FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT DISTINCT "users"."name", "users"."age" FROM "users")");
}

TEST_CASE("dialects: C++ values in the select list are placeholders", "[render][dialects][select]") {
    auto q = select(users.name, 42, "label").from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name", ?, ? FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name`, ?, ? FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name", $1, $2 FROM "users")");
}

TEST_CASE("dialects: INNER, LEFT and RIGHT joins with ON", "[render][dialects][select]") {
    auto inner = select(users.name, posts.title).from(users).join(posts).on(posts.user_id == users.id);
    REQUIRE(sqlite_text(inner) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" INNER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    REQUIRE(mysql_text(inner) ==
            R"(SELECT `users`.`name`, `posts`.`title` FROM `users` INNER JOIN `posts` )"
            R"(ON `posts`.`user_id` = `users`.`id`)");
    REQUIRE(postgresql_text(inner) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" INNER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    auto left = select(users.name, posts.title).from(users).left_join(posts).on(posts.user_id == users.id);
    REQUIRE(sqlite_text(left) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    REQUIRE(mysql_text(left) ==
            R"(SELECT `users`.`name`, `posts`.`title` FROM `users` LEFT OUTER JOIN `posts` )"
            R"(ON `posts`.`user_id` = `users`.`id`)");
    REQUIRE(postgresql_text(left) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    auto right = select(users.name, posts.title).from(users).right_join(posts).on(posts.user_id == users.id);
    REQUIRE(sqlite_text(right) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" RIGHT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    REQUIRE(mysql_text(right) ==
            R"(SELECT `users`.`name`, `posts`.`title` FROM `users` RIGHT OUTER JOIN `posts` )"
            R"(ON `posts`.`user_id` = `users`.`id`)");
    REQUIRE(postgresql_text(right) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" RIGHT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
}

TEST_CASE("dialects: FULL OUTER JOIN on SQLite and PostgreSQL (MySQL has none)", "[render][dialects][select]") {
    auto q = select(users.name, posts.title).from(users).full_join(posts).on(posts.user_id == users.id);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" FULL OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" FULL OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id")");
}

TEST_CASE("dialects: CROSS JOIN has no ON", "[render][dialects][select]") {
    auto q = select(users.name, posts.title).from(users).cross_join(posts);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name", "posts"."title" FROM "users" CROSS JOIN "posts")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name`, `posts`.`title` FROM `users` CROSS JOIN `posts`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name", "posts"."title" FROM "users" CROSS JOIN "posts")");
}

TEST_CASE("dialects: joins chain, and ON takes any condition", "[render][dialects][select]") {
    auto boss = employees.as<"boss">();
    auto q = select(users.name, posts.title, boss.name.as(boss_name))
                 .from(users)
                 .join(posts).on(posts.user_id == users.id && posts.title != "")
                 .left_join(boss).on(boss.name == users.name);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "posts"."title", "boss"."name" AS "boss_name" FROM "users" )"
            R"(INNER JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."title" <> ? )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "boss"."name" = "users"."name")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, `posts`.`title`, `boss`.`name` AS `boss_name` FROM `users` )"
            R"(INNER JOIN `posts` ON `posts`.`user_id` = `users`.`id` AND `posts`.`title` <> ? )"
            R"(LEFT OUTER JOIN `employees` AS `boss` ON `boss`.`name` = `users`.`name`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", "posts"."title", "boss"."name" AS "boss_name" FROM "users" )"
            R"(INNER JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."title" <> $1 )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "boss"."name" = "users"."name")");
}

TEST_CASE("dialects: a self-join through a table alias", "[render][dialects][select]") {
    auto boss = employees.as<"boss">();
    auto q = select(employees.name, boss.name.as(boss_name))
                 .from(employees)
                 .left_join(boss).on(employees.boss_id == boss.id);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "employees"."name", "boss"."name" AS "boss_name" FROM "employees" )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "employees"."boss_id" = "boss"."id")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `employees`.`name`, `boss`.`name` AS `boss_name` FROM `employees` )"
            R"(LEFT OUTER JOIN `employees` AS `boss` ON `employees`.`boss_id` = `boss`.`id`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "employees"."name", "boss"."name" AS "boss_name" FROM "employees" )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "employees"."boss_id" = "boss"."id")");
}

TEST_CASE("dialects: FROM an alias", "[render][dialects][select]") {
    auto e = employees.as<"e">();
    auto q = select(e.name).from(e).where(e.boss_id.is_null());
    REQUIRE(sqlite_text(q) == R"(SELECT "e"."name" FROM "employees" AS "e" WHERE "e"."boss_id" IS NULL)");
    REQUIRE(mysql_text(q) == R"(SELECT `e`.`name` FROM `employees` AS `e` WHERE `e`.`boss_id` IS NULL)");
    REQUIRE(postgresql_text(q) == R"(SELECT "e"."name" FROM "employees" AS "e" WHERE "e"."boss_id" IS NULL)");
}

TEST_CASE("dialects: every clause, in SQL's order", "[render][dialects][select]") {
    auto q = select(users.name, count(posts.id).as(post_count))
                 .from(users)
                 .left_join(posts).on(posts.user_id == users.id)
                 .where(users.age >= 18)
                 .group_by(users.name)
                 .having(count(posts.id) > 1)
                 .order_by(count(posts.id).desc(), users.name.asc())
                 .limit(10)
                 .offset(20);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", COUNT("posts"."id") AS "post_count" FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id" WHERE "users"."age" >= ? GROUP BY "users"."name" )"
            R"(HAVING COUNT("posts"."id") > ? ORDER BY COUNT("posts"."id") DESC, "users"."name" ASC )"
            R"(LIMIT ? OFFSET ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, COUNT(`posts`.`id`) AS `post_count` FROM `users` LEFT OUTER JOIN `posts` )"
            R"(ON `posts`.`user_id` = `users`.`id` WHERE `users`.`age` >= ? GROUP BY `users`.`name` )"
            R"(HAVING COUNT(`posts`.`id`) > ? ORDER BY COUNT(`posts`.`id`) DESC, `users`.`name` ASC )"
            R"(LIMIT ? OFFSET ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", COUNT("posts"."id") AS "post_count" FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id" WHERE "users"."age" >= $1 GROUP BY "users"."name" )"
            R"(HAVING COUNT("posts"."id") > $2 ORDER BY COUNT("posts"."id") DESC, "users"."name" ASC )"
            R"(LIMIT $3 OFFSET $4)");
}

TEST_CASE("dialects: GROUP BY several expressions", "[render][dialects][select]") {
    auto q = select(users.age, lower(users.name), count()).from(users).group_by(users.age, lower(users.name));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."age", LOWER("users"."name"), COUNT(*) FROM "users" GROUP BY "users"."age", )"
            R"(LOWER("users"."name"))");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`age`, LOWER(`users`.`name`), COUNT(*) FROM `users` GROUP BY `users`.`age`, )"
            R"(LOWER(`users`.`name`))");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."age", LOWER("users"."name"), COUNT(*) FROM "users" GROUP BY "users"."age", )"
            R"(LOWER("users"."name"))");
}

TEST_CASE("dialects: NULLS FIRST and NULLS LAST; MySQL sorts on `x IS NULL` first instead",
          "[render][dialects][select]") {
    auto q = select(users.name).from(users).order_by(users.age.asc().nulls_first(), users.age.desc().nulls_last(),
                                                     users.name.desc());
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" ASC NULLS FIRST, )"
            R"("users"."age" DESC NULLS LAST, "users"."name" DESC)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` IS NULL DESC, `users`.`age` ASC, )"
            R"(`users`.`age` IS NULL ASC, `users`.`age` DESC, `users`.`name` DESC)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" ASC NULLS FIRST, )"
            R"("users"."age" DESC NULLS LAST, "users"."name" DESC)");
}

TEST_CASE("dialects: MySQL's IS NULL sort key keeps an expression whole, and repeats its placeholders",
          "[render][dialects][select]") {
    auto q = select(users.name).from(users).order_by((users.age + 1).desc().nulls_first(),
                                                     coalesce(users.age, 0).asc().nulls_last());
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" + ? DESC NULLS FIRST, )"
            R"(COALESCE("users"."age", ?) ASC NULLS LAST)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` + ? IS NULL DESC, )"
            R"(`users`.`age` + ? DESC, COALESCE(`users`.`age`, ?) IS NULL ASC, COALESCE(`users`.`age`, ?) ASC)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" + $1 DESC NULLS FIRST, )"
            R"(COALESCE("users"."age", $2) ASC NULLS LAST)");
}

TEST_CASE("dialects: LIMIT alone, and LIMIT with OFFSET, are placeholders", "[render][dialects][select]") {
    auto limit = select(users.name).from(users).limit(5);
    REQUIRE(sqlite_text(limit) == R"(SELECT "users"."name" FROM "users" LIMIT ?)");
    REQUIRE(mysql_text(limit) == R"(SELECT `users`.`name` FROM `users` LIMIT ?)");
    REQUIRE(postgresql_text(limit) == R"(SELECT "users"."name" FROM "users" LIMIT $1)");
    auto offset = select(users.name).from(users).order_by(users.id.asc()).limit(5).offset(10);
    REQUIRE(sqlite_text(offset) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" ASC LIMIT ? OFFSET ?)");
    REQUIRE(mysql_text(offset) == R"(SELECT `users`.`name` FROM `users` ORDER BY `users`.`id` ASC LIMIT ? OFFSET ?)");
    REQUIRE(postgresql_text(offset) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" ASC LIMIT $1 OFFSET $2)");
}

TEST_CASE("dialects: a scalar subquery as a value", "[render][dialects][select]") {
    auto q = select(users.name).from(users).where(users.age > select(avg(users.age)).from(users));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > (SELECT AVG("users"."age") FROM "users"))");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` > (SELECT AVG(`users`.`age`) FROM `users`))");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > (SELECT AVG("users"."age") FROM "users"))");
}

TEST_CASE("dialects: a correlated scalar subquery in the select list, with an alias", "[render][dialects][select]") {
    auto q = select(users.name, select(count()).from(posts).where(posts.user_id == users.id).as(post_count))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id") AS )"
            R"("post_count" FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, (SELECT COUNT(*) FROM `posts` WHERE `posts`.`user_id` = `users`.`id`) AS )"
            R"(`post_count` FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id") AS )"
            R"("post_count" FROM "users")");
}

TEST_CASE("dialects: EXISTS and NOT EXISTS", "[render][dialects][select]") {
    auto posts_of_user = select(posts.id).from(posts).where(posts.user_id == users.id);
    auto with_posts = select(users.name).from(users).where(exists(posts_of_user));
    REQUIRE(sqlite_text(with_posts) ==
            R"(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id"))");
    REQUIRE(mysql_text(with_posts) ==
            R"(SELECT `users`.`name` FROM `users` WHERE EXISTS (SELECT `posts`.`id` FROM `posts` )"
            R"(WHERE `posts`.`user_id` = `users`.`id`))");
    REQUIRE(postgresql_text(with_posts) ==
            R"(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id"))");
    auto without_posts = select(users.name).from(users).where(!exists(posts_of_user) || users.age.is_null());
    REQUIRE(sqlite_text(without_posts) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id") OR "users"."age" IS NULL)");
    REQUIRE(mysql_text(without_posts) ==
            R"(SELECT `users`.`name` FROM `users` WHERE NOT EXISTS (SELECT `posts`.`id` FROM `posts` )"
            R"(WHERE `posts`.`user_id` = `users`.`id`) OR `users`.`age` IS NULL)");
    REQUIRE(postgresql_text(without_posts) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id") OR "users"."age" IS NULL)");
}

TEST_CASE("dialects: a derived table in FROM", "[render][dialects][select]") {
    auto counts = select(posts.user_id, count().as(total)).from(posts).group_by(posts.user_id).subquery<"counts">();
    auto q = select(counts.user_id).from(counts).where(counts.total > 2);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "counts"."user_id" FROM (SELECT "posts"."user_id", COUNT(*) AS "total" )"
            R"(FROM "posts" GROUP BY "posts"."user_id") AS "counts" WHERE "counts"."total" > ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `counts`.`user_id` FROM (SELECT `posts`.`user_id`, COUNT(*) AS `total` )"
            R"(FROM `posts` GROUP BY `posts`.`user_id`) AS `counts` WHERE `counts`.`total` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "counts"."user_id" FROM (SELECT "posts"."user_id", COUNT(*) AS "total" )"
            R"(FROM "posts" GROUP BY "posts"."user_id") AS "counts" WHERE "counts"."total" > $1)");
}

TEST_CASE("dialects: a derived table joined to a table", "[render][dialects][select]") {
    auto counts = select(posts.user_id, count().as(total)).from(posts).group_by(posts.user_id).subquery<"counts">();
    auto q = select(users.name, counts.total).from(users).join(counts).on(counts.user_id == users.id);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "counts"."total" FROM "users" INNER JOIN (SELECT "posts"."user_id", )"
            R"(COUNT(*) AS "total" FROM "posts" GROUP BY "posts"."user_id") AS "counts" )"
            R"(ON "counts"."user_id" = "users"."id")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, `counts`.`total` FROM `users` INNER JOIN (SELECT `posts`.`user_id`, )"
            R"(COUNT(*) AS `total` FROM `posts` GROUP BY `posts`.`user_id`) AS `counts` )"
            R"(ON `counts`.`user_id` = `users`.`id`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", "counts"."total" FROM "users" INNER JOIN (SELECT "posts"."user_id", )"
            R"(COUNT(*) AS "total" FROM "posts" GROUP BY "posts"."user_id") AS "counts" )"
            R"(ON "counts"."user_id" = "users"."id")");
}

TEST_CASE("dialects: a named parameter is a placeholder", "[render][dialects][select]") {
    auto q = select(users.name).from(users).where(users.age >= parameter<"min_age">(users.age) &&
                                                   users.id < parameter<"max_id", std::int64_t>());
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? AND "users"."id" < ?)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ? AND `users`.`id` < ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 AND "users"."id" < $2)");
}
