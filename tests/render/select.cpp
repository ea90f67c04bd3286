// SELECT: its clauses in order, joins, subqueries, derived tables and aliases.
#include <catch2/catch.hpp>

#include "sqlite_text.hpp"

using namespace quarry;

TEST_CASE("the smallest SELECT qualifies every column with its table", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name).from(users)) == R"(SELECT "users"."name" FROM "users")");
}

TEST_CASE("all_of expands to every column in declaration order", "[render][select]") {
    REQUIRE(sqlite_text(select(all_of(users)).from(users)) ==
            R"(SELECT "users"."id", "users"."name", "users"."age" FROM "users")");
}

TEST_CASE("SELECT DISTINCT", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name, users.age).distinct().from(users)) ==
            R"(SELECT DISTINCT "users"."name", "users"."age" FROM "users")");
}

TEST_CASE("C++ values in the select list are placeholders", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name, 42, "label").from(users)) == R"(SELECT "users"."name", ?, ? FROM "users")");
}

TEST_CASE("each join kind with ON", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name, posts.title).from(users).join(posts).on(posts.user_id == users.id)) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id")");
    REQUIRE(sqlite_text(select(users.name, posts.title).from(users).left_join(posts).on(posts.user_id == users.id)) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
    REQUIRE(sqlite_text(select(users.name, posts.title).from(users).right_join(posts).on(posts.user_id == users.id)) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" RIGHT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
    REQUIRE(sqlite_text(select(users.name, posts.title).from(users).full_join(posts).on(posts.user_id == users.id)) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" FULL OUTER JOIN "posts" ON "posts"."user_id" = "users"."id")");
}

TEST_CASE("CROSS JOIN has no ON", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name, posts.title).from(users).cross_join(posts)) ==
            R"(SELECT "users"."name", "posts"."title" FROM "users" CROSS JOIN "posts")");
}

TEST_CASE("joins chain, and ON takes any condition", "[render][select]") {
    auto boss = employees.as<"boss">();
    auto q = select(users.name, posts.title, boss.name.as(boss_name))
                 .from(users)
                 .join(posts).on(posts.user_id == users.id && posts.title != "")
                 .left_join(boss).on(boss.name == users.name);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "posts"."title", "boss"."name" AS "boss_name" FROM "users" )"
            R"(INNER JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."title" <> ? )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "boss"."name" = "users"."name")");
}

TEST_CASE("a self-join through a table alias", "[render][select]") {
    auto boss = employees.as<"boss">();
    auto q = select(employees.name, boss.name.as(boss_name))
                 .from(employees)
                 .left_join(boss).on(employees.boss_id == boss.id);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "employees"."name", "boss"."name" AS "boss_name" FROM "employees" )"
            R"(LEFT OUTER JOIN "employees" AS "boss" ON "employees"."boss_id" = "boss"."id")");
}

TEST_CASE("FROM an alias", "[render][select]") {
    auto e = employees.as<"e">();
    REQUIRE(sqlite_text(select(e.name).from(e).where(e.boss_id.is_null())) ==
            R"(SELECT "e"."name" FROM "employees" AS "e" WHERE "e"."boss_id" IS NULL)");
}

TEST_CASE("every clause, in SQL's order", "[render][select]") {
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
            R"(SELECT "users"."name", COUNT("posts"."id") AS "post_count" FROM "users" )"
            R"(LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "users"."age" >= ? )"
            R"(GROUP BY "users"."name" HAVING COUNT("posts"."id") > ? )"
            R"(ORDER BY COUNT("posts"."id") DESC, "users"."name" ASC LIMIT ? OFFSET ?)");
}

TEST_CASE("GROUP BY several expressions", "[render][select]") {
    auto q = select(users.age, lower(users.name), count()).from(users).group_by(users.age, lower(users.name));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."age", LOWER("users"."name"), COUNT(*) FROM "users" )"
            R"(GROUP BY "users"."age", LOWER("users"."name"))");
}

TEST_CASE("ORDER BY with NULLS FIRST and NULLS LAST", "[render][select]") {
    auto q = select(users.name).from(users).order_by(users.age.asc().nulls_first(), users.age.desc().nulls_last(),
                                                     users.name.desc());
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" )"
            R"(ORDER BY "users"."age" ASC NULLS FIRST, "users"."age" DESC NULLS LAST, "users"."name" DESC)");
}

TEST_CASE("LIMIT alone, and LIMIT with OFFSET, are placeholders", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name).from(users).limit(5)) == R"(SELECT "users"."name" FROM "users" LIMIT ?)");
    REQUIRE(sqlite_text(select(users.name).from(users).order_by(users.id.asc()).limit(5).offset(10)) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" ASC LIMIT ? OFFSET ?)");
}

TEST_CASE("a scalar subquery as a value", "[render][select]") {
    REQUIRE(sqlite_text(select(users.name).from(users).where(users.age > select(avg(users.age)).from(users))) ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > (SELECT AVG("users"."age") FROM "users"))");
}

TEST_CASE("a correlated scalar subquery in the select list, with an alias", "[render][select]") {
    auto q = select(users.name, select(count()).from(posts).where(posts.user_id == users.id).as(post_count))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id") )"
            R"(AS "post_count" FROM "users")");
}

TEST_CASE("EXISTS and NOT EXISTS", "[render][select]") {
    auto posts_of_user = select(posts.id).from(posts).where(posts.user_id == users.id);
    REQUIRE(sqlite_text(select(users.name).from(users).where(exists(posts_of_user))) ==
            R"(SELECT "users"."name" FROM "users" WHERE EXISTS )"
            R"((SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(not_exists(posts_of_user))) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT EXISTS )"
            R"((SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
    REQUIRE(sqlite_text(select(users.name).from(users).where(!exists(posts_of_user) || users.age.is_null())) ==
            R"(SELECT "users"."name" FROM "users" WHERE NOT EXISTS )"
            R"((SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id") OR "users"."age" IS NULL)");
}

TEST_CASE("a derived table in FROM", "[render][select]") {
    auto counts = select(posts.user_id, count().as(total)).from(posts).group_by(posts.user_id).subquery<"counts">();
    REQUIRE(sqlite_text(select(counts.user_id).from(counts).where(counts.total > 2)) ==
            R"(SELECT "counts"."user_id" FROM )"
            R"((SELECT "posts"."user_id", COUNT(*) AS "total" FROM "posts" GROUP BY "posts"."user_id") AS "counts" )"
            R"(WHERE "counts"."total" > ?)");
}

TEST_CASE("a derived table joined to a table", "[render][select]") {
    auto counts = select(posts.user_id, count().as(total)).from(posts).group_by(posts.user_id).subquery<"counts">();
    auto q = select(users.name, counts.total).from(users).join(counts).on(counts.user_id == users.id);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name", "counts"."total" FROM "users" INNER JOIN )"
            R"((SELECT "posts"."user_id", COUNT(*) AS "total" FROM "posts" GROUP BY "posts"."user_id") AS "counts" )"
            R"(ON "counts"."user_id" = "users"."id")");
}

TEST_CASE("a named parameter is a placeholder", "[render][select]") {
    auto q = select(users.name).from(users).where(users.age >= parameter<"min_age">(users.age) &&
                                                   users.id < parameter<"max_id", std::int64_t>());
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? AND "users"."id" < ?)");
}

TEST_CASE("static SELECT text is a compile-time constant", "[render][select]") {
    auto q = select(users.name, count(posts.id))
                 .from(users)
                 .left_join(posts).on(posts.user_id == users.id)
                 .group_by(users.name)
                 .order_by(users.name.asc())
                 .limit(3);
    static_assert(static_sql_v<sqlite::dialect, decltype(q)> ==
                  R"(SELECT "users"."name", COUNT("posts"."id") FROM "users" )"
                  R"(LEFT OUTER JOIN "posts" ON "posts"."user_id" = "users"."id" )"
                  R"(GROUP BY "users"."name" ORDER BY "users"."name" ASC LIMIT ?)");
    REQUIRE(sqlite_text(q) == static_sql_v<sqlite::dialect, decltype(q)>);
}
