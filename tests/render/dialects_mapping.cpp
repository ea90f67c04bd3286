// Statements built from structs, as each dialect receives them: INSERT of one struct
// or many, UPDATE and DELETE by primary key. Every value is a placeholder.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dialect_text.hpp"

using namespace quarry;

namespace {
struct User {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int32_t> age = std::nullopt;
};

// A struct that names only some columns: the others keep their defaults, or NULL.
struct Sample {
    std::int64_t id = 0;
    std::string label;
    std::optional<std::string> quoted = std::nullopt;
};

struct Employee {
    std::int64_t id = 0;
    std::string name;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
BOOST_HANA_ADAPT_STRUCT(Sample, id, label, quoted);
BOOST_HANA_ADAPT_STRUCT(Employee, id, name);

QUARRY_TABLE(render_grants,
    (role,       std::string),
    (permission, std::string),
    (granted_by, std::optional<std::string>),
    primary_key(role, permission));

namespace {
struct Grant {
    std::string role;
    std::string permission;
    std::optional<std::string> granted_by = std::nullopt;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(Grant, role, permission, granted_by);

TEST_CASE("dialects: INSERT of a struct leaves out the auto-increment key", "[render][dialects][mapping]") {
    auto q = insert_into(users).values(User{.name = "Ann", .age = 31});
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
    REQUIRE(mysql_text(q) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?)");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2))");
    // Its SQL is fixed, so the compiler computes it and a connection prepares it once.
    STATIC_REQUIRE(static_sql_v<sqlite::dialect, decltype(q)> ==
                   R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
}

TEST_CASE("dialects: INSERT of a struct writes the key when it is not generated, and SQL names",
          "[render][dialects][mapping]") {
    auto employee = insert_into(employees).values(Employee{.id = 7, .name = "Ada"});
    REQUIRE(sqlite_text(employee) == R"(INSERT INTO "employees" ("id", "name") VALUES (?, ?))");
    REQUIRE(postgresql_text(employee) == R"(INSERT INTO "employees" ("id", "name") VALUES ($1, $2))");
    // Fields match columns by their C++ names; the SQL has the SQL names.
    auto sample = insert_into(samples).values(Sample{.label = "x"});
    REQUIRE(sqlite_text(sample) == R"(INSERT INTO "sample rows" ("select", "say ""hi""") VALUES (?, ?))");
    REQUIRE(mysql_text(sample) == R"(INSERT INTO `sample rows` (`select`, `say "hi"`) VALUES (?, ?))");
}

TEST_CASE("dialects: INSERT of many structs is one multi-row INSERT", "[render][dialects][mapping]") {
    std::vector<User> rows{{.name = "Ann"}, {.name = "Bob", .age = 17}, {.name = "Cleo"}};
    auto q = insert_into(users).values(rows);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?))");
    REQUIRE(mysql_text(q) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?), (?, ?)");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4), ($5, $6))");
    REQUIRE_THROWS_AS(sqlite_text(insert_into(users).values(std::vector<User>{})), usage_error);
}

TEST_CASE("dialects: INSERT of a struct with RETURNING its key", "[render][dialects][mapping]") {
    auto q = insert_into(users).values(User{.name = "Ann"}).returning(users.id);
    REQUIRE(sqlite_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES (?, ?) RETURNING "id")");
    REQUIRE(to_sql<mariadb::dialect>(q) == "INSERT INTO `users` (`name`, `age`) VALUES (?, ?) RETURNING `id`");
    REQUIRE(postgresql_text(q) == R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2) RETURNING "id")");
}

TEST_CASE("dialects: UPDATE by key sets every other field", "[render][dialects][mapping]") {
    auto q = update_by_key(users, User{.id = 1, .name = "Ann", .age = 32});
    REQUIRE(sqlite_text(q) == R"(UPDATE "users" SET "name" = ?, "age" = ? WHERE "users"."id" = ?)");
    REQUIRE(mysql_text(q) == "UPDATE `users` SET `name` = ?, `age` = ? WHERE `users`.`id` = ?");
    REQUIRE(postgresql_text(q) == R"(UPDATE "users" SET "name" = $1, "age" = $2 WHERE "users"."id" = $3)");
}

TEST_CASE("dialects: UPDATE and DELETE by a composite key match every key column", "[render][dialects][mapping]") {
    Grant grant{.role = "admin", .permission = "write", .granted_by = "root"};
    auto change = update_by_key(render_grants, grant);
    REQUIRE(sqlite_text(change) == R"(UPDATE "render_grants" SET "granted_by" = ? )"
                                   R"(WHERE "render_grants"."role" = ? AND "render_grants"."permission" = ?)");
    REQUIRE(postgresql_text(change) == R"(UPDATE "render_grants" SET "granted_by" = $1 )"
                                       R"(WHERE "render_grants"."role" = $2 AND "render_grants"."permission" = $3)");
    auto remove = delete_by_key(render_grants, grant);
    REQUIRE(sqlite_text(remove) ==
            R"(DELETE FROM "render_grants" WHERE "render_grants"."role" = ? AND "render_grants"."permission" = ?)");
    REQUIRE(mysql_text(remove) ==
            "DELETE FROM `render_grants` WHERE `render_grants`.`role` = ? AND `render_grants`.`permission` = ?");
    REQUIRE(postgresql_text(remove) ==
            R"(DELETE FROM "render_grants" WHERE "render_grants"."role" = $1 AND "render_grants"."permission" = $2)");
}

TEST_CASE("dialects: DELETE by key", "[render][dialects][mapping]") {
    auto q = delete_by_key(users, User{.id = 4, .name = "Dora"});
    REQUIRE(sqlite_text(q) == R"(DELETE FROM "users" WHERE "users"."id" = ?)");
    REQUIRE(mysql_text(q) == "DELETE FROM `users` WHERE `users`.`id` = ?");
    REQUIRE(postgresql_text(q) == R"(DELETE FROM "users" WHERE "users"."id" = $1)");
}
