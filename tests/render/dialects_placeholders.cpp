// Placeholders: ? on SQLite and MySQL, $1, $2 ... on PostgreSQL, numbered in the order
// they appear in the text, which is also the order values are bound in. Static
// statements have their text, numbers included, computed at compile time.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <vector>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: numbering runs on through joins, WHERE, a subquery, IN, CASE, HAVING, LIMIT and OFFSET",
          "[render][dialects][placeholders]") {
    const std::vector<std::int64_t> ids{10, 11, 12};
    auto q = select(users.name, case_when(users.age < 18, "minor").else_("adult"), count(posts.id))
                 .from(users)
                 .left_join(posts).on(posts.user_id == users.id && posts.title != "")
                 .where(users.id.in(ids) && users.age > select(avg(users.age) - 1).from(users).where(users.id > 0) &&
                        users.name.in("Ann", "Bob"))
                 .group_by(users.name, users.age)
                 .having(count(posts.id) >= 2)
                 .order_by(users.name.asc())
                 .limit(10)
                 .offset(20);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", CASE WHEN "users"."age" < ? THEN ? ELSE ? END, COUNT("posts"."id") )"
            R"(FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" )"
            R"(AND "posts"."title" <> ? WHERE "users"."id" IN (?, ?, ?) )"
            R"(AND "users"."age" > (SELECT AVG("users"."age") - ? FROM "users" WHERE "users"."id" > ?) )"
            R"(AND "users"."name" IN (?, ?) GROUP BY "users"."name", "users"."age" )"
            R"(HAVING COUNT("posts"."id") >= ? ORDER BY "users"."name" ASC LIMIT ? OFFSET ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, CASE WHEN `users`.`age` < ? THEN ? ELSE ? END, COUNT(`posts`.`id`) )"
            R"(FROM `users` LEFT OUTER JOIN `posts` ON `posts`.`user_id` = `users`.`id` )"
            R"(AND `posts`.`title` <> ? WHERE `users`.`id` IN (?, ?, ?) )"
            R"(AND `users`.`age` > (SELECT AVG(`users`.`age`) - ? FROM `users` WHERE `users`.`id` > ?) )"
            R"(AND `users`.`name` IN (?, ?) GROUP BY `users`.`name`, `users`.`age` )"
            R"(HAVING COUNT(`posts`.`id`) >= ? ORDER BY `users`.`name` ASC LIMIT ? OFFSET ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", CASE WHEN "users"."age" < $1 THEN $2 ELSE $3 END, COUNT("posts"."id") )"
            R"(FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" )"
            R"(AND "posts"."title" <> $4 WHERE "users"."id" IN ($5, $6, $7) )"
            R"(AND "users"."age" > (SELECT AVG("users"."age") - $8 FROM "users" WHERE "users"."id" > $9) )"
            R"(AND "users"."name" IN ($10, $11) GROUP BY "users"."name", "users"."age" )"
            R"(HAVING COUNT("posts"."id") >= $12 ORDER BY "users"."name" ASC LIMIT $13 OFFSET $14)");
}

TEST_CASE("dialects: numbering runs on through a derived table and an IN subquery",
          "[render][dialects][placeholders]") {
    auto counts = select(posts.user_id, count().as(total))
                      .from(posts)
                      .where(posts.title != "draft")
                      .group_by(posts.user_id)
                      .subquery<"counts">();
    auto q = select(users.name, counts.total + 1)
                 .from(users)
                 .join(counts).on(counts.user_id == users.id && counts.total > 2)
                 .where(users.id.not_in(select(posts.user_id).from(posts).where(posts.title == "spam")) &&
                        users.age < 99);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "counts"."total" + ? FROM "users" INNER JOIN (SELECT "posts"."user_id", )"
            R"(COUNT(*) AS "total" FROM "posts" WHERE "posts"."title" <> ? )"
            R"(GROUP BY "posts"."user_id") AS "counts" ON "counts"."user_id" = "users"."id" )"
            R"(AND "counts"."total" > ? WHERE "users"."id" NOT IN (SELECT "posts"."user_id" FROM "posts" )"
            R"(WHERE "posts"."title" = ?) AND "users"."age" < ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `users`.`name`, `counts`.`total` + ? FROM `users` INNER JOIN (SELECT `posts`.`user_id`, )"
            R"(COUNT(*) AS `total` FROM `posts` WHERE `posts`.`title` <> ? )"
            R"(GROUP BY `posts`.`user_id`) AS `counts` ON `counts`.`user_id` = `users`.`id` )"
            R"(AND `counts`.`total` > ? WHERE `users`.`id` NOT IN (SELECT `posts`.`user_id` FROM `posts` )"
            R"(WHERE `posts`.`title` = ?) AND `users`.`age` < ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", "counts"."total" + $1 FROM "users" INNER JOIN (SELECT "posts"."user_id", )"
            R"(COUNT(*) AS "total" FROM "posts" WHERE "posts"."title" <> $2 )"
            R"(GROUP BY "posts"."user_id") AS "counts" ON "counts"."user_id" = "users"."id" )"
            R"(AND "counts"."total" > $3 WHERE "users"."id" NOT IN (SELECT "posts"."user_id" FROM "posts" )"
            R"(WHERE "posts"."title" = $4) AND "users"."age" < $5)");
}

TEST_CASE("dialects: numbering runs on across the rows of a multi-row INSERT", "[render][dialects][placeholders]") {
    auto q = insert_into(users)
                 .columns(users.name, users.age)
                 .values("Ann", 31)
                 .values("Bob", std::nullopt)
                 .values("Cy", 40)
                 .values("Di", 22)
                 .values("Ed", 57)
                 .values("Flo", 63);
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?))");
    REQUIRE(mysql_text(q) ==
            R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, ?), (?, ?))");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4), ($5, $6), ($7, $8), ($9, $10), )"
            R"(($11, $12))");
}

TEST_CASE("dialects: numbering runs on through UPDATE's SET and WHERE", "[render][dialects][placeholders]") {
    auto q = update(users)
                 .set(users.name = concat(users.name, "!"), users.age = case_when(users.age < 0, 0).else_(users.age))
                 .where(users.id.in(1, 2) && users.name.like("A%"));
    REQUIRE(sqlite_text(q) ==
            R"(UPDATE "users" SET "name" = "users"."name" || ?, "age" = CASE WHEN "users"."age" < ? THEN ? ELSE )"
            R"("users"."age" END WHERE "users"."id" IN (?, ?) AND "users"."name" LIKE ? ESCAPE '\')");
    REQUIRE(mysql_text(q) ==
            R"(UPDATE `users` SET `name` = CONCAT(`users`.`name`, ?), `age` = CASE WHEN `users`.`age` < ? THEN ? )"
            R"(ELSE `users`.`age` END WHERE `users`.`id` IN (?, ?) AND `users`.`name` LIKE ? ESCAPE X'5C')");
    REQUIRE(postgresql_text(q) ==
            R"(UPDATE "users" SET "name" = "users"."name" || $1, "age" = CASE WHEN "users"."age" < $2 THEN $3 )"
            R"(ELSE "users"."age" END WHERE "users"."id" IN ($4, $5) AND "users"."name" LIKE $6 ESCAPE '\')");
}

TEST_CASE("dialects: static text is a compile-time constant on every dialect", "[render][dialects][placeholders]") {
    auto q = select(users.name, count(posts.id))
                 .from(users)
                 .left_join(posts).on(posts.user_id == users.id && posts.title != "")
                 .where(users.age >= 18)
                 .group_by(users.name)
                 .order_by(users.name.asc())
                 .limit(3);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id" AND "posts"."title" <> ? WHERE "users"."age" >= ? )"
            R"(GROUP BY "users"."name" ORDER BY "users"."name" ASC LIMIT ?)");
    static_assert(static_sql_v<mysql::dialect, decltype(q)> ==
                  R"(SELECT `users`.`name`, COUNT(`posts`.`id`) FROM `users` LEFT OUTER JOIN `posts` )"
                  R"(ON `posts`.`user_id` = `users`.`id` AND `posts`.`title` <> ? WHERE `users`.`age` >= ? )"
                  R"(GROUP BY `users`.`name` ORDER BY `users`.`name` ASC LIMIT ?)");
    static_assert(static_sql_v<postgresql::dialect, decltype(q)> ==
                  R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts" )"
                  R"(ON "posts"."user_id" = "users"."id" AND "posts"."title" <> $1 WHERE "users"."age" >= $2 )"
                  R"(GROUP BY "users"."name" ORDER BY "users"."name" ASC LIMIT $3)");
    REQUIRE(mysql_text(q) == static_sql_v<mysql::dialect, decltype(q)>);
    REQUIRE(postgresql_text(q) == static_sql_v<postgresql::dialect, decltype(q)>);
}
