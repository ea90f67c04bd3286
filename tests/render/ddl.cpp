// CREATE TABLE and DROP TABLE, and identifier quoting: every name is in double
// quotes, with embedded quotes doubled, so keywords and spaces are safe.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite_text.hpp"

using namespace quarry;

// A composite primary key and both referential actions.
QUARRY_TABLE(render_memberships,
    (user_id,    std::int64_t, primary_key, references(users, id), on_delete(set_null), on_update(restrict)),
    (group_name, std::string,  primary_key),
    (score,      double,       default(-1.25)),
    (active,     bool,         default(true)),
    (since,      std::optional<quarry::date>));

// The most entries QUARRY_TABLE takes: 256, here 255 columns and a CHECK.
#define RENDER_COLUMNS_16(p) \
    (p##0, std::int32_t), (p##1, std::int32_t), (p##2, std::int32_t), (p##3, std::int32_t), (p##4, std::int32_t), \
    (p##5, std::int32_t), (p##6, std::int32_t), (p##7, std::int32_t), (p##8, std::int32_t), (p##9, std::int32_t), \
    (p##10, std::int32_t), (p##11, std::int32_t), (p##12, std::int32_t), (p##13, std::int32_t), \
    (p##14, std::int32_t), (p##15, std::int32_t)
QUARRY_TABLE(render_widest, RENDER_COLUMNS_16(a), RENDER_COLUMNS_16(b), RENDER_COLUMNS_16(c), RENDER_COLUMNS_16(d),
    RENDER_COLUMNS_16(e), RENDER_COLUMNS_16(f), RENDER_COLUMNS_16(g), RENDER_COLUMNS_16(h), RENDER_COLUMNS_16(i),
    RENDER_COLUMNS_16(j), RENDER_COLUMNS_16(k), RENDER_COLUMNS_16(l), RENDER_COLUMNS_16(m), RENDER_COLUMNS_16(n),
    RENDER_COLUMNS_16(o), (z0, std::int32_t), (z1, std::int32_t), (z2, std::int32_t), (z3, std::int32_t),
    (z4, std::int32_t), (z5, std::int32_t), (z6, std::int32_t), (z7, std::int32_t), (z8, std::int32_t),
    (z9, std::int32_t), (z10, std::int32_t), (z11, std::int32_t), (z12, std::int32_t), (z13, std::int32_t),
    (z14, std::int32_t), check("a0 >= 0"));
#undef RENDER_COLUMNS_16

TEST_CASE("CREATE TABLE users", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(users)) ==
            R"(CREATE TABLE "users" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE, )"
            R"("age" INTEGER))");
}

TEST_CASE("CREATE TABLE IF NOT EXISTS", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(users).if_not_exists()) ==
            R"(CREATE TABLE IF NOT EXISTS "users" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, )"
            R"("name" TEXT NOT NULL UNIQUE, "age" INTEGER))");
}

TEST_CASE("CREATE TABLE with a foreign key and ON DELETE", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(posts)) ==
            R"(CREATE TABLE "posts" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, )"
            R"("user_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE))");
}

TEST_CASE("CREATE TABLE with a self-reference", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(employees)) ==
            R"(CREATE TABLE "employees" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "boss_id" INTEGER, )"
            R"(FOREIGN KEY ("boss_id") REFERENCES "employees" ("id")))");
}

TEST_CASE("CREATE TABLE with every type, defaults and quoted names", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(samples).if_not_exists()) ==
            R"(CREATE TABLE IF NOT EXISTS "sample rows" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, )"
            R"("small" INTEGER NOT NULL DEFAULT 7, "ratio" REAL NOT NULL DEFAULT 0.5, )"
            R"("flag" INTEGER NOT NULL DEFAULT 0, "select" TEXT NOT NULL DEFAULT 'it''s', "payload" BLOB, )"
            R"("day" TEXT, "moment" TEXT, "say ""hi""" TEXT))");
}

TEST_CASE("CREATE TABLE with a composite primary key and ON UPDATE", "[render][ddl]") {
    REQUIRE(sqlite_text(create_table(render_memberships)) ==
            R"(CREATE TABLE "render_memberships" ("user_id" INTEGER NOT NULL, "group_name" TEXT NOT NULL, )"
            R"("score" REAL NOT NULL DEFAULT -1.25, "active" INTEGER NOT NULL DEFAULT 1, "since" TEXT, )"
            R"(PRIMARY KEY ("user_id", "group_name"), )"
            R"(FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE RESTRICT))");
}

TEST_CASE("DROP TABLE and DROP TABLE IF EXISTS", "[render][ddl]") {
    REQUIRE(sqlite_text(drop_table(users)) == R"(DROP TABLE "users")");
    REQUIRE(sqlite_text(drop_table(posts).if_exists()) == R"(DROP TABLE IF EXISTS "posts")");
    REQUIRE(sqlite_text(drop_table(samples).if_exists()) == R"(DROP TABLE IF EXISTS "sample rows")");
}

TEST_CASE("a table name with a space, a column named like a keyword, a column name with quotes",
          "[render][identifiers]") {
    REQUIRE(sqlite_text(select(samples.label, samples.quoted).from(samples).where(samples.quoted.is_not_null())) ==
            R"(SELECT "sample rows"."select", "sample rows"."say ""hi""" FROM "sample rows" )"
            R"(WHERE "sample rows"."say ""hi""" IS NOT NULL)");
}

TEST_CASE("quoted names in INSERT and UPDATE column lists", "[render][identifiers]") {
    REQUIRE(sqlite_text(insert_into(samples).set(samples.label = "x", samples.quoted = "q")) ==
            R"(INSERT INTO "sample rows" ("select", "say ""hi""") VALUES (?, ?))");
    REQUIRE(sqlite_text(update(samples).set(samples.quoted = samples.label).where(samples.flag)) ==
            R"(UPDATE "sample rows" SET "say ""hi""" = "sample rows"."select" WHERE "sample rows"."flag")");
}

TEST_CASE("aliases that are keywords or contain quotes are quoted too", "[render][identifiers]") {
    auto group = employees.as<"group">();
    auto quoted = employees.as<"b\"oss">();
    REQUIRE(sqlite_text(select(group.name).from(group).join(quoted).on(quoted.id == group.boss_id)) ==
            R"(SELECT "group"."name" FROM "employees" AS "group" INNER JOIN "employees" AS "b""oss" )"
            R"(ON "b""oss"."id" = "group"."boss_id")");
    auto order = select(users.name).from(users).subquery<"order">();
    REQUIRE(sqlite_text(select(order.name).from(order)) ==
            R"(SELECT "order"."name" FROM (SELECT "users"."name" FROM "users") AS "order")");
}

TEST_CASE("CREATE TABLE of the most entries a declaration takes", "[render][ddl]") {
    static_assert(render_widest_definition::column_specs::size == 255);
    std::string expected = R"(CREATE TABLE "render_widest" ()";
    for (const char group : std::string_view("abcdefghijklmno")) {
        for (int i = 0; i < 16; ++i) expected += '"' + (group + std::to_string(i)) + "\" INTEGER NOT NULL, ";
    }
    for (int i = 0; i < 15; ++i) expected += "\"z" + std::to_string(i) + "\" INTEGER NOT NULL, ";
    expected += "CHECK (a0 >= 0))";
    REQUIRE(sqlite_text(create_table(render_widest)) == expected);
}
