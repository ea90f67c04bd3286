#pragma once
// What an SQLite CREATE TABLE statement says that no pragma reports: which column is
// AUTOINCREMENT, and the CHECK constraints, each on its column or over the row. SQLite
// keeps the statement's text as written (sqlite_master.sql), so this reads that text:
//
//   CREATE TABLE "t" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "age" INTEGER CHECK (age >= 0),
//                     CHECK (age < 150 OR id < 10))
//   -> autoincrement_column "id", column_checks {"age", "age >= 0"},
//      table_checks {"age < 150 OR id < 10"}
//
// It knows SQLite's quoting ("x", [x], `x`, 'text') and comments, and splits the column
// list at its top-level commas; everything else is left to SQLite, which parsed the
// statement when it was run. A statement without a column list (CREATE TABLE ... AS
// SELECT) has none of these.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quarry_schema {

struct sqlite_table_sql {
    std::optional<std::string> autoincrement_column;
    std::vector<std::pair<std::string, std::string>> column_checks;  // column, SQL
    std::vector<std::string> table_checks;
};

sqlite_table_sql read_create_table(std::string_view sql);

}  // namespace quarry_schema
