#pragma once
// Reads an SQLite database's tables: sqlite_master for the tables and their CREATE TABLE
// text (for CHECK and AUTOINCREMENT, sqlite_table_sql.hpp), and the pragma functions
// table_info, foreign_key_list, index_list and index_info for the rest. SQLite's own
// tables (sqlite_sequence ...) are left out.
#include <quarry/sqlite/driver.hpp>

#include "column_types.hpp"
#include "schema_model.hpp"

namespace quarry_schema {

database_schema read_sqlite_schema(quarry::sqlite::driver& driver, column_typing& typing);

}  // namespace quarry_schema
