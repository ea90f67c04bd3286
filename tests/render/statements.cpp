// INSERT, UPDATE and DELETE; and the promise that no value ever reaches the SQL text.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "sqlite_text.hpp"

using namespace quarry;

TEST_CASE("INSERT one row with set(...)", "[render][statements]") {
    REQUIRE(sqlite_text(insert_into(users).set(users.name = "Ann", users.age = 31)) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
    REQUIRE(sqlite_text(insert_into(users).set(users.name = "Ann")) == R"(INSERT INTO "users" ("name") VALUES (?))");
}

TEST_CASE("INSERT with std::nullopt writes NULL", "[render][statements]") {
    REQUIRE(sqlite_text(insert_into(users).set(users.name = "Ann", users.age = std::nullopt)) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, NULL))");
}

TEST_CASE("INSERT of an empty std::optional value is still a placeholder", "[render][statements]") {
    const std::optional<int> unknown;
    REQUIRE(sqlite_text(insert_into(users).set(users.name = "Ann", users.age = unknown)) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
}

TEST_CASE("INSERT many rows with columns(...).values(...)", "[render][statements]") {
    REQUIRE(sqlite_text(insert_into(users).columns(users.name, users.age).values("Ann", 31)) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
    REQUIRE(sqlite_text(insert_into(users)
                            .columns(users.name, users.age)
                            .values("Ann", 31)
                            .values("Bob", std::nullopt)
                            .values("Cy", 40)) ==
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?))");
}

TEST_CASE("INSERT rows added in a loop", "[render][statements]") {
    auto q = insert_into(posts).columns(posts.title, posts.user_id);
    for (const char* title : {"a", "b"}) q.values(title, 1);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "posts" ("title", "user_id") VALUES (?, ?), (?, ?))");
}

TEST_CASE("INSERT ... SELECT", "[render][statements]") {
    auto q = insert_into(posts)
                 .columns(posts.title, posts.user_id)
                 .select(select(users.name, users.id).from(users).where(users.age > 18));
    REQUIRE(sqlite_text(q) ==
            R"(INSERT INTO "posts" ("title", "user_id") SELECT "users"."name", "users"."id" FROM "users" )"
            R"(WHERE "users"."age" > ?)");
}

TEST_CASE("INSERT ... DEFAULT VALUES", "[render][statements]") {
    REQUIRE(sqlite_text(insert_into(samples).default_values()) == R"(INSERT INTO "sample rows" DEFAULT VALUES)");
}

TEST_CASE("UPDATE ... SET ... WHERE", "[render][statements]") {
    REQUIRE(sqlite_text(update(users).set(users.age = users.age + 1).where(users.id == 7)) ==
            R"(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."id" = ?)");
    REQUIRE(sqlite_text(update(users).set(users.name = lower(users.name), users.age = std::nullopt)
                            .where(users.name.like("%X%"))) ==
            R"(UPDATE "users" SET "name" = LOWER("users"."name"), "age" = NULL WHERE "users"."name" LIKE ? ESCAPE '\')");
}

TEST_CASE("UPDATE with where(all_rows) has no WHERE", "[render][statements]") {
    REQUIRE(sqlite_text(update(users).set(users.age = 0).where(all_rows)) == R"(UPDATE "users" SET "age" = ?)");
}

TEST_CASE("UPDATE from a correlated subquery", "[render][statements]") {
    auto q = update(users)
                 .set(users.age = select(max(posts.id)).from(posts).where(posts.user_id == users.id))
                 .where(users.age.is_null());
    REQUIRE(sqlite_text(q) ==
            R"(UPDATE "users" SET "age" = (SELECT MAX("posts"."id") FROM "posts" WHERE "posts"."user_id" = "users"."id") )"
            R"(WHERE "users"."age" IS NULL)");
}

TEST_CASE("DELETE ... WHERE", "[render][statements]") {
    REQUIRE(sqlite_text(delete_from(posts).where(posts.user_id == 7)) ==
            R"(DELETE FROM "posts" WHERE "posts"."user_id" = ?)");
    REQUIRE(sqlite_text(delete_from(users).where(
                not_exists(select(posts.id).from(posts).where(posts.user_id == users.id)))) ==
            R"(DELETE FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))");
}

TEST_CASE("DELETE with where(all_rows) has no WHERE", "[render][statements]") {
    REQUIRE(sqlite_text(delete_from(posts).where(all_rows)) == R"(DELETE FROM "posts")");
}

TEST_CASE("DELETE with IN over a vector", "[render][statements]") {
    REQUIRE(sqlite_text(delete_from(posts).where(posts.user_id.in(std::vector<int>{1, 2, 3}))) ==
            R"(DELETE FROM "posts" WHERE "posts"."user_id" IN (?, ?, ?))");
}

TEST_CASE("a hostile string is only ever a placeholder", "[render][statements]") {
    const std::string bobby = "Robert'); DROP TABLE users;--";
    const std::vector<std::string> texts{bobby, bobby};
    const std::string texts_sql[] = {
        sqlite_text(select(users.id).from(users).where(users.name == bobby)),
        sqlite_text(select(users.id).from(users).where(users.name.like(bobby) || users.name.in(texts))),
        sqlite_text(select(case_when(users.name == bobby, bobby).else_(users.name)).from(users)),
        sqlite_text(insert_into(users).set(users.name = bobby)),
        sqlite_text(insert_into(users).columns(users.name).values(bobby).values(bobby)),
        sqlite_text(update(users).set(users.name = bobby).where(users.name != bobby)),
        sqlite_text(delete_from(users).where(users.name == bobby)),
    };
    REQUIRE(texts_sql[0] == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" = ?)");
    REQUIRE(texts_sql[1] == R"(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE ? ESCAPE '\' OR "users"."name" IN (?, ?))");
    REQUIRE(texts_sql[2] == R"(SELECT CASE WHEN "users"."name" = ? THEN ? ELSE "users"."name" END FROM "users")");
    REQUIRE(texts_sql[3] == R"(INSERT INTO "users" ("name") VALUES (?))");
    REQUIRE(texts_sql[4] == R"(INSERT INTO "users" ("name") VALUES (?), (?))");
    REQUIRE(texts_sql[5] == R"(UPDATE "users" SET "name" = ? WHERE "users"."name" <> ?)");
    REQUIRE(texts_sql[6] == R"(DELETE FROM "users" WHERE "users"."name" = ?)");
    for (const std::string& sql : texts_sql) REQUIRE(sql.find("Robert") == std::string::npos);
}

TEST_CASE("values of every type are placeholders", "[render][statements]") {
    using namespace std::chrono;
    const quarry::date day = sys_days{year{2024} / 2 / 29};
    const quarry::timestamp moment = sys_days{year{2024} / 1 / 1} + hours{12};
    auto q = select(samples.id).from(samples).where(
        samples.small == 1 && samples.ratio < 0.5 && samples.flag == true && samples.label == "x" &&
        samples.payload == quarry::blob{std::byte{1}} && samples.day == day && samples.moment > moment);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "sample rows"."id" FROM "sample rows" WHERE "sample rows"."small" = ? AND )"
            R"("sample rows"."ratio" < ? AND "sample rows"."flag" = ? AND "sample rows"."select" = ? AND )"
            R"("sample rows"."payload" = ? AND "sample rows"."day" = ? AND "sample rows"."moment" > ?)");
}

TEST_CASE("static statement text is a compile-time constant", "[render][statements]") {
    auto insert = insert_into(users).set(users.name = "Ann", users.age = 31);
    static_assert(static_sql_v<sqlite::dialect, decltype(insert)> == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");

    auto change = update(users).set(users.age = users.age + 1).where(users.id == 7);
    static_assert(static_sql_v<sqlite::dialect, decltype(change)> ==
                  R"(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."id" = ?)");

    auto remove = delete_from(posts).where(posts.user_id == 7);
    static_assert(static_sql_v<sqlite::dialect, decltype(remove)> == R"(DELETE FROM "posts" WHERE "posts"."user_id" = ?)");

    auto defaults = insert_into(samples).default_values();
    static_assert(static_sql_v<sqlite::dialect, decltype(defaults)> == R"(INSERT INTO "sample rows" DEFAULT VALUES)");

    REQUIRE(sqlite_text(insert) == static_sql_v<sqlite::dialect, decltype(insert)>);
}

TEST_CASE("a static statement binds at run time only when its text has placeholders", "[render][statements]") {
    auto no_values = select(users.name).from(users).join(posts).on(posts.user_id == users.id);
    static_assert(!binds_at_run_time_v<sqlite::dialect, decltype(no_values)>);
    auto one_value = select(users.name).from(users).where(users.age > 30);
    static_assert(binds_at_run_time_v<sqlite::dialect, decltype(one_value)>);
    auto one_parameter = select(users.name).from(users).where(users.age > parameter<"min_age">(users.age));
    static_assert(binds_at_run_time_v<sqlite::dialect, decltype(one_parameter)>);
    auto values_in_a_subquery = select(users.name).from(users).where(
        users.id.in(select(posts.user_id).from(posts).where(posts.title == "x")));
    static_assert(binds_at_run_time_v<sqlite::dialect, decltype(values_in_a_subquery)>);
    // A part whose children hold no value says so, and the bind walk never compiles a walk of it.
    static_assert(binds_nothing_v<decltype(posts.user_id == users.id)>);
    static_assert(binds_nothing_v<decltype(users.name.desc())>);
    static_assert(binds_nothing_v<decltype(upper(users.name))>);
    static_assert(binds_nothing_v<decltype(count(users.id))>);
    static_assert(!binds_nothing_v<decltype(users.age > 30)>);
    static_assert(!binds_nothing_v<decltype(posts.user_id == users.id && users.age > 30)>);
    static_assert(!binds_nothing_v<decltype(count(users.age + 1))>);
    REQUIRE(sqlite_text(no_values) ==
            R"(SELECT "users"."name" FROM "users" INNER JOIN "posts" ON "posts"."user_id" = "users"."id")");
}
