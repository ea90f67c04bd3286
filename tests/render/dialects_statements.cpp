// INSERT, UPDATE and DELETE on SQLite, MySQL/MariaDB and PostgreSQL; and the promise
// that no value ever reaches the SQL text on any of them.
#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "dialect_text.hpp"

using namespace quarry;

TEST_CASE("dialects: INSERT one row with set(...)", "[render][dialects][statements]") {
    auto q = insert_into(users).set(users.name = "Ann", users.age = 31);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
    REQUIRE(mysql_text(q) == R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?))");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2))");
}

TEST_CASE("dialects: INSERT with std::nullopt writes NULL", "[render][dialects][statements]") {
    auto q = insert_into(users).set(users.name = "Ann", users.age = std::nullopt);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, NULL))");
    REQUIRE(mysql_text(q) == R"(INSERT INTO `users` (`name`, `age`) VALUES (?, NULL))");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, NULL))");
}

TEST_CASE("dialects: INSERT of an empty std::optional value is still a placeholder", "[render][dialects][statements]") {
    const std::optional<int> unknown;
    auto q = insert_into(users).set(users.name = "Ann", users.age = unknown);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
    REQUIRE(mysql_text(q) == R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?))");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2))");
}

TEST_CASE("dialects: INSERT many rows with columns(...).values(...)", "[render][dialects][statements]") {
    auto q = insert_into(users)
                 .columns(users.name, users.age)
                 .values("Ann", 31)
                 .values("Bob", std::nullopt)
                 .values("Cy", 40);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?))");
    REQUIRE(mysql_text(q) == R"(INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?), (?, ?))");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4), ($5, $6))");
}

TEST_CASE("dialects: INSERT rows added in a loop", "[render][dialects][statements]") {
    auto q = insert_into(posts).columns(posts.title, posts.user_id);
    for (const char* title : {"a", "b"}) q.values(title, 1);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "posts" ("title", "user_id") VALUES (?, ?), (?, ?))");
    REQUIRE(mysql_text(q) == R"(INSERT INTO `posts` (`title`, `user_id`) VALUES (?, ?), (?, ?))");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "posts" ("title", "user_id") VALUES ($1, $2), ($3, $4))");
}

TEST_CASE("dialects: INSERT ... SELECT", "[render][dialects][statements]") {
    auto q = insert_into(posts)
                 .columns(posts.title, posts.user_id)
                 .select(select(users.name, users.id).from(users).where(users.age > 18));
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "posts" ("title", "user_id") SELECT "users"."name", "users"."id" FROM "users" )"
            R"(WHERE "users"."age" > ?)");
    REQUIRE(mysql_text(q) ==
            R"(INSERT INTO `posts` (`title`, `user_id`) SELECT `users`.`name`, `users`.`id` FROM `users` )"
            R"(WHERE `users`.`age` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(INSERT INTO "posts" ("title", "user_id") SELECT "users"."name", "users"."id" FROM "users" )"
            R"(WHERE "users"."age" > $1)");
}

TEST_CASE("dialects: INSERT of a row of defaults is DEFAULT VALUES on SQLite and PostgreSQL",
          "[render][dialects][statements]") {
    auto q = insert_into(samples).default_values();
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "sample rows" DEFAULT VALUES)");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "sample rows" DEFAULT VALUES)");
}

// MySQL and MariaDB have no DEFAULT VALUES; an empty column list and an empty row say the same.
TEST_CASE("dialects: INSERT of a row of defaults is () VALUES () on MySQL", "[render][dialects][statements]") {
    REQUIRE(mysql_text(insert_into(samples).default_values()) == R"(INSERT INTO `sample rows` () VALUES ())");
}

TEST_CASE("dialects: UPDATE ... SET ... WHERE", "[render][dialects][statements]") {
    auto q = update(users).set(users.age = users.age + 1).where(users.id == 7);
    REQUIRE(sqlite_text(q) == R"(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."id" = ?)");
    REQUIRE(mysql_text(q) == R"(UPDATE `users` SET `age` = `users`.`age` + ? WHERE `users`.`id` = ?)");
    REQUIRE(postgresql_text(q) == R"(UPDATE "users" SET "age" = "users"."age" + $1 WHERE "users"."id" = $2)");
    auto several = update(users).set(users.name = lower(users.name), users.age = std::nullopt)
                       .where(users.name.like("%X%"));
    REQUIRE(sqlite_text(several) ==
            R"(UPDATE "users" SET "name" = LOWER("users"."name"), "age" = NULL )"
            R"(WHERE "users"."name" LIKE ? ESCAPE '\')");
    REQUIRE(mysql_text(several) ==
            R"(UPDATE `users` SET `name` = LOWER(`users`.`name`), `age` = NULL )"
            R"(WHERE `users`.`name` LIKE ? ESCAPE X'5C')");
    REQUIRE(postgresql_text(several) ==
            R"(UPDATE "users" SET "name" = LOWER("users"."name"), "age" = NULL )"
            R"(WHERE "users"."name" LIKE $1 ESCAPE '\')");
}

TEST_CASE("dialects: UPDATE with where(all_rows) has no WHERE", "[render][dialects][statements]") {
    auto q = update(users).set(users.age = 0).where(all_rows);
    REQUIRE(sqlite_text(q) == R"(UPDATE "users" SET "age" = ?)");
    REQUIRE(mysql_text(q) == R"(UPDATE `users` SET `age` = ?)");
    REQUIRE(postgresql_text(q) == R"(UPDATE "users" SET "age" = $1)");
}

TEST_CASE("dialects: UPDATE from a correlated subquery", "[render][dialects][statements]") {
    auto q = update(users)
                 .set(users.age = select(max(posts.id)).from(posts).where(posts.user_id == users.id))
                 .where(users.age.is_null());
    REQUIRE(sqlite_text(q) ==
            R"(UPDATE "users" SET "age" = (SELECT MAX("posts"."id") FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id") WHERE "users"."age" IS NULL)");
    REQUIRE(mysql_text(q) ==
            R"(UPDATE `users` SET `age` = (SELECT MAX(`posts`.`id`) FROM `posts` )"
            R"(WHERE `posts`.`user_id` = `users`.`id`) WHERE `users`.`age` IS NULL)");
    REQUIRE(postgresql_text(q) ==
            R"(UPDATE "users" SET "age" = (SELECT MAX("posts"."id") FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id") WHERE "users"."age" IS NULL)");
}

TEST_CASE("dialects: DELETE ... WHERE", "[render][dialects][statements]") {
    auto q = delete_from(posts).where(posts.user_id == 7);
    REQUIRE(sqlite_text(q) == R"(DELETE FROM "posts" WHERE "posts"."user_id" = ?)");
    REQUIRE(mysql_text(q) == R"(DELETE FROM `posts` WHERE `posts`.`user_id` = ?)");
    REQUIRE(postgresql_text(q) == R"(DELETE FROM "posts" WHERE "posts"."user_id" = $1)");
    auto orphans = delete_from(users).where(not_exists(select(posts.id).from(posts).where(posts.user_id == users.id)));
    REQUIRE(sqlite_text(orphans) ==
            R"(DELETE FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id"))");
    REQUIRE(mysql_text(orphans) ==
            R"(DELETE FROM `users` WHERE NOT EXISTS (SELECT `posts`.`id` FROM `posts` )"
            R"(WHERE `posts`.`user_id` = `users`.`id`))");
    REQUIRE(postgresql_text(orphans) ==
            R"(DELETE FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" )"
            R"(WHERE "posts"."user_id" = "users"."id"))");
}

TEST_CASE("dialects: DELETE with where(all_rows) has no WHERE", "[render][dialects][statements]") {
    auto q = delete_from(posts).where(all_rows);
    REQUIRE(sqlite_text(q) == R"(DELETE FROM "posts")");
    REQUIRE(mysql_text(q) == R"(DELETE FROM `posts`)");
    REQUIRE(postgresql_text(q) == R"(DELETE FROM "posts")");
}

TEST_CASE("dialects: DELETE with IN over a vector", "[render][dialects][statements]") {
    auto q = delete_from(posts).where(posts.user_id.in(std::vector<int>{1, 2, 3}));
    REQUIRE(sqlite_text(q) == R"(DELETE FROM "posts" WHERE "posts"."user_id" IN (?, ?, ?))");
    REQUIRE(mysql_text(q) == R"(DELETE FROM `posts` WHERE `posts`.`user_id` IN (?, ?, ?))");
    REQUIRE(postgresql_text(q) == R"(DELETE FROM "posts" WHERE "posts"."user_id" IN ($1, $2, $3))");
}

TEST_CASE("dialects: a hostile string is only ever a placeholder", "[render][dialects][statements]") {
    const std::string bobby = "Robert'); DROP TABLE users;--";
    const std::vector<std::string> texts{bobby, bobby};
    auto q = select(case_when(users.name == bobby, bobby).else_(users.name))
                 .from(users)
                 .where(users.name.like(bobby) || users.name.in(texts));
    REQUIRE(sqlite_text(q) ==
            R"(SELECT CASE WHEN "users"."name" = ? THEN ? ELSE "users"."name" END FROM "users" )"
            R"(WHERE "users"."name" LIKE ? ESCAPE '\' OR "users"."name" IN (?, ?))");
    REQUIRE(mysql_text(q) ==
            R"(SELECT CASE WHEN `users`.`name` = ? THEN ? ELSE `users`.`name` END FROM `users` )"
            R"(WHERE `users`.`name` LIKE ? ESCAPE X'5C' OR `users`.`name` IN (?, ?))");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT CASE WHEN "users"."name" = $1 THEN $2 ELSE "users"."name" END FROM "users" )"
            R"(WHERE "users"."name" LIKE $3 ESCAPE '\' OR "users"."name" IN ($4, $5))");
    auto rows = insert_into(users).columns(users.name).values(bobby).values(bobby);
    REQUIRE(sqlite_text(rows) == R"(INSERT INTO "users" ("name") VALUES (?), (?))");
    REQUIRE(mysql_text(rows) == R"(INSERT INTO `users` (`name`) VALUES (?), (?))");
    REQUIRE(postgresql_text(rows) == R"(INSERT INTO "users" ("name") VALUES ($1), ($2))");
    auto change = update(users).set(users.name = bobby).where(users.name != bobby);
    REQUIRE(sqlite_text(change) == R"(UPDATE "users" SET "name" = ? WHERE "users"."name" <> ?)");
    REQUIRE(mysql_text(change) == R"(UPDATE `users` SET `name` = ? WHERE `users`.`name` <> ?)");
    REQUIRE(postgresql_text(change) == R"(UPDATE "users" SET "name" = $1 WHERE "users"."name" <> $2)");
    for (const std::string& sql : {sqlite_text(q), mysql_text(q), postgresql_text(q), sqlite_text(rows),
                                   mysql_text(rows), postgresql_text(rows), sqlite_text(change), mysql_text(change),
                                   postgresql_text(change)})
        REQUIRE(sql.find("Robert") == std::string::npos);
}

TEST_CASE("dialects: values of every type are placeholders", "[render][dialects][statements]") {
    using namespace std::chrono;
    const quarry::date day = sys_days{year{2024} / 2 / 29};
    const quarry::timestamp moment = sys_days{year{2024} / 1 / 1} + hours{12};
    auto q = select(samples.id).from(samples).where(
        samples.small == 1 && samples.ratio < 0.5 && samples.flag == true && samples.label == "x" &&
        samples.payload == quarry::blob{std::byte{1}} && samples.day == day && samples.moment > moment);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE "sample rows"."small" = ? )"
            R"(AND "sample rows"."ratio" < ? AND "sample rows"."flag" = ? AND "sample rows"."select" = ? )"
            R"(AND "sample rows"."payload" = ? AND "sample rows"."day" = ? AND "sample rows"."moment" > ?)");
    REQUIRE(mysql_text(q) ==
            R"(SELECT `sample rows`.`id` FROM `sample rows` WHERE `sample rows`.`small` = ? )"
            R"(AND `sample rows`.`ratio` < ? AND `sample rows`.`flag` = ? AND `sample rows`.`select` = ? )"
            R"(AND `sample rows`.`payload` = ? AND `sample rows`.`day` = ? AND `sample rows`.`moment` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE "sample rows"."small" = $1 )"
            R"(AND "sample rows"."ratio" < $2 AND "sample rows"."flag" = $3 AND "sample rows"."select" = $4 )"
            R"(AND "sample rows"."payload" = $5 AND "sample rows"."day" = $6 AND "sample rows"."moment" > $7)");
}
