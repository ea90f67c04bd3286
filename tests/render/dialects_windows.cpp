// Window functions and aggregates over windows on SQLite, MySQL/MariaDB and PostgreSQL:
// the same text but for quoting and placeholders. MariaDB's LAG and LEAD take no value
// for rows past the edge (tests/compile_fail/lag_default_on_mariadb.cpp).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

#include "dialect_text.hpp"

using namespace quarry;

QUARRY_ALIAS(n);
QUARRY_ALIAS(running);
QUARRY_ALIAS(previous);
QUARRY_ALIAS(place);

TEST_CASE("dialects: ROW_NUMBER, RANK and DENSE_RANK over a partitioned, ordered window", "[render][dialects][window]") {
    auto by_user = window().partition_by(posts.user_id).order_by(posts.id.desc());
    auto q = select(posts.title, row_number().over(by_user).as(n), rank().over(by_user), dense_rank().over(by_user))
                 .from(posts);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "posts"."title", ROW_NUMBER() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) AS "n", )"
            R"(RANK() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC), )"
            R"(DENSE_RANK() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) FROM "posts")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `posts`.`title`, ROW_NUMBER() OVER (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC) AS `n`, )"
            R"(RANK() OVER (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC), )"
            R"(DENSE_RANK() OVER (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` DESC) FROM `posts`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "posts"."title", ROW_NUMBER() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) AS "n", )"
            R"(RANK() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC), )"
            R"(DENSE_RANK() OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" DESC) FROM "posts")");
}

TEST_CASE("dialects: an empty window is OVER ()", "[render][dialects][window]") {
    auto q = select(users.name, count().over(window()).as(n)).from(users);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name", COUNT(*) OVER () AS "n" FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name`, COUNT(*) OVER () AS `n` FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name", COUNT(*) OVER () AS "n" FROM "users")");
}

TEST_CASE("dialects: LAG and LEAD with an offset and a value past the edge", "[render][dialects][window]") {
    auto by_id = window().order_by(users.id);
    auto q = select(lag(users.name).over(by_id), lead<2>(users.name).over(by_id), lag<1>(users.age, 0).over(by_id))
                 .from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT LAG("users"."name") OVER (ORDER BY "users"."id" ASC), LEAD("users"."name", 2) OVER (ORDER BY "users"."id" ASC), )"
            R"(LAG("users"."age", 1, ?) OVER (ORDER BY "users"."id" ASC) FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT LAG(`users`.`name`) OVER (ORDER BY `users`.`id` ASC), LEAD(`users`.`name`, 2) OVER (ORDER BY `users`.`id` ASC), )"
            R"(LAG(`users`.`age`, 1, ?) OVER (ORDER BY `users`.`id` ASC) FROM `users`)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT LAG("users"."name") OVER (ORDER BY "users"."id" ASC), LEAD("users"."name", 2) OVER (ORDER BY "users"."id" ASC), )"
            R"(LAG("users"."age", 1, $1) OVER (ORDER BY "users"."id" ASC) FROM "users")");
    REQUIRE(mariadb_text(select(lead<3>(users.name).over(by_id)).from(users)) ==
            R"(SELECT LEAD(`users`.`name`, 3) OVER (ORDER BY `users`.`id` ASC) FROM `users`)");
}

TEST_CASE("dialects: FIRST_VALUE and LAST_VALUE over a frame", "[render][dialects][window]") {
    auto whole = window().order_by(users.id).rows(unbounded_preceding, unbounded_following);
    auto q = select(first_value(users.name).over(whole), last_value(users.name).over(whole)).from(users);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT FIRST_VALUE("users"."name") OVER (ORDER BY "users"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND )"
            R"(UNBOUNDED FOLLOWING), LAST_VALUE("users"."name") OVER (ORDER BY "users"."id" ASC ROWS BETWEEN UNBOUNDED )"
            R"(PRECEDING AND UNBOUNDED FOLLOWING) FROM "users")");
    REQUIRE(mysql_text(q) ==
            R"(SELECT FIRST_VALUE(`users`.`name`) OVER (ORDER BY `users`.`id` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND )"
            R"(UNBOUNDED FOLLOWING), LAST_VALUE(`users`.`name`) OVER (ORDER BY `users`.`id` ASC ROWS BETWEEN UNBOUNDED )"
            R"(PRECEDING AND UNBOUNDED FOLLOWING) FROM `users`)");
}

TEST_CASE("dialects: aggregates over ROWS and RANGE frames", "[render][dialects][window]") {
    auto q = select(sum(posts.id).over(window().partition_by(posts.user_id).order_by(posts.id).rows(preceding<2>, current_row)).as(running),
                    avg(posts.id).over(window().order_by(posts.id).range(preceding<10>, following<5>)),
                    max(posts.id).over(window().order_by(posts.id).rows(unbounded_preceding)))
                 .from(posts);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT SUM("posts"."id") OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ASC ROWS BETWEEN 2 PRECEDING )"
            R"(AND CURRENT ROW) AS "running", AVG("posts"."id") OVER (ORDER BY "posts"."id" ASC RANGE BETWEEN 10 PRECEDING AND )"
            R"(5 FOLLOWING), MAX("posts"."id") OVER (ORDER BY "posts"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) )"
            R"(FROM "posts")");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT SUM("posts"."id") OVER (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ASC ROWS BETWEEN 2 PRECEDING )"
            R"(AND CURRENT ROW) AS "running", AVG("posts"."id") OVER (ORDER BY "posts"."id" ASC RANGE BETWEEN 10 PRECEDING AND )"
            R"(5 FOLLOWING), MAX("posts"."id") OVER (ORDER BY "posts"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) )"
            R"(FROM "posts")");
}

TEST_CASE("dialects: named windows in the WINDOW clause, before ORDER BY", "[render][dialects][window]") {
    auto by_user = window<"by_user">().partition_by(posts.user_id).order_by(posts.id);
    auto q = select(posts.title, row_number().over(by_user).as(place), lag(posts.title).over(by_user).as(previous))
                 .from(posts)
                 .where(posts.id > 0)
                 .window(by_user)
                 .order_by(posts.title);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "posts"."title", ROW_NUMBER() OVER "by_user" AS "place", LAG("posts"."title") OVER "by_user" AS "previous" )"
            R"(FROM "posts" WHERE "posts"."id" > ? WINDOW "by_user" AS (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ASC) )"
            R"(ORDER BY "posts"."title" ASC)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `posts`.`title`, ROW_NUMBER() OVER `by_user` AS `place`, LAG(`posts`.`title`) OVER `by_user` AS `previous` )"
            R"(FROM `posts` WHERE `posts`.`id` > ? WINDOW `by_user` AS (PARTITION BY `posts`.`user_id` ORDER BY `posts`.`id` ASC) )"
            R"(ORDER BY `posts`.`title` ASC)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "posts"."title", ROW_NUMBER() OVER "by_user" AS "place", LAG("posts"."title") OVER "by_user" AS "previous" )"
            R"(FROM "posts" WHERE "posts"."id" > $1 WINDOW "by_user" AS (PARTITION BY "posts"."user_id" ORDER BY "posts"."id" ASC) )"
            R"(ORDER BY "posts"."title" ASC)");
}

TEST_CASE("dialects: window functions in ORDER BY, and ORDER BY a window function's alias", "[render][dialects][window]") {
    auto q = select(users.name, rank().over(window().order_by(users.age.desc())).as(place))
                 .from(users)
                 .order_by(place.asc(), users.name);
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name", RANK() OVER (ORDER BY "users"."age" DESC) AS "place" FROM "users" )"
            R"(ORDER BY "place" ASC, "users"."name" ASC)");
}

TEST_CASE("dialects: a window in a grouped query orders by an aggregate", "[render][dialects][window]") {
    auto q = select(posts.user_id, count().as(n), rank().over(window().order_by(count().desc())).as(place))
                 .from(posts)
                 .group_by(posts.user_id);
    REQUIRE(mysql_text(q) ==
            R"(SELECT `posts`.`user_id`, COUNT(*) AS `n`, RANK() OVER (ORDER BY COUNT(*) DESC) AS `place` FROM `posts` )"
            R"(GROUP BY `posts`.`user_id`)");
}

TEST_CASE("window functions: types and NULL", "[render][window]") {
    auto by_id = window().order_by(users.id);
    auto q = select(row_number().over(by_id).as(n), lag(users.name).over(by_id).as(previous),
                    sum(users.id).over(by_id).as(running), first_value(users.name).over(by_id).as(place))
                 .from(users);
    using row_t = decltype(q)::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::n), std::int64_t>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::previous), std::optional<std::string>>);
    // The default frame holds the current row: a sum or first value of NOT NULL values is never NULL.
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::running), std::int64_t>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::place), std::string>);
    // A frame that may miss the current row may be empty.
    auto ahead = window().order_by(users.id).rows(following<1>, following<2>);
    using ahead_row = decltype(select(sum(users.id).over(ahead).as(running)).from(users))::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(ahead_row::running), std::optional<std::int64_t>>);
    // With a NOT NULL value past the edge, LAG of a NOT NULL column is never NULL.
    using lag_row = decltype(select(lag<1>(users.name, "").over(by_id).as(previous)).from(users))::row_type;
    STATIC_REQUIRE(std::is_same_v<decltype(lag_row::previous), std::string>);
}

TEST_CASE("a SELECT with windows keeps its SQL text a compile-time constant", "[render][window]") {
    auto by_user = window<"w">().partition_by(posts.user_id);
    auto q = select(count().over(by_user).as(n)).from(posts).window(by_user);
    STATIC_REQUIRE(static_sql_v<sqlite::dialect, decltype(q)> ==
                   R"(SELECT COUNT(*) OVER "w" AS "n" FROM "posts" WINDOW "w" AS (PARTITION BY "posts"."user_id"))");
}
