// What SQLite's CREATE TABLE text says that its pragmas do not: AUTOINCREMENT, and CHECKs
// on a column or over the row.
#include <catch2/catch.hpp>

#include "quarry-schema/sqlite_table_sql.hpp"

using quarry_schema::read_create_table;

TEST_CASE("sqlite table sql: AUTOINCREMENT and CHECKs, as Quarry writes them", "[codegen][sqlite_sql]") {
    const auto said = read_create_table(
        R"(CREATE TABLE "books" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, )"
        R"("first_page" INTEGER NOT NULL DEFAULT 1 CHECK (first_page > 0), "last_page" INTEGER NOT NULL, )"
        R"(CHECK (first_page <= last_page)))");
    CHECK(said.autoincrement_column == "id");
    REQUIRE(said.column_checks.size() == 1);
    CHECK(said.column_checks[0] == std::pair<std::string, std::string>{"first_page", "first_page > 0"});
    CHECK(said.table_checks == std::vector<std::string>{"first_page <= last_page"});
}

TEST_CASE("sqlite table sql: every quoting, comments, and parentheses inside", "[codegen][sqlite_sql]") {
    const auto said = read_create_table(
        "CREATE TABLE IF NOT EXISTS main.[odd, table] (\n"
        "  [a b] DECIMAL(10, 2) CHECK ([a b] IN (1, 2)), -- a comment, with a comma\n"
        "  `check` TEXT CONSTRAINT named CHECK (`check` <> ')'),\n"
        "  \"x\"\"y\" INTEGER /* CHECK (no) */,\n"
        "  CONSTRAINT both CHECK (length(\"x\"\"y\") < 10 OR [a b] > 0)\n"
        ") WITHOUT ROWID");
    CHECK_FALSE(said.autoincrement_column);
    REQUIRE(said.column_checks.size() == 2);
    CHECK(said.column_checks[0] == std::pair<std::string, std::string>{"a b", "[a b] IN (1, 2)"});
    CHECK(said.column_checks[1] == std::pair<std::string, std::string>{"check", "`check` <> ')'"});
    CHECK(said.table_checks == std::vector<std::string>{"length(\"x\"\"y\") < 10 OR [a b] > 0"});
}

TEST_CASE("sqlite table sql: a table made AS SELECT has no column list", "[codegen][sqlite_sql]") {
    const auto said = read_create_table("CREATE TABLE copy AS SELECT * FROM t WHERE (a > 0)");
    CHECK_FALSE(said.autoincrement_column);
    CHECK(said.column_checks.empty());
    CHECK(said.table_checks.empty());
}
