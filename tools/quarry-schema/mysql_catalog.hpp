#pragma once
// Reads the tables of a MySQL or MariaDB connection's current database (the URL's) from
// information_schema: TABLES, COLUMNS, STATISTICS (indexes and the primary key),
// KEY_COLUMN_USAGE with REFERENTIAL_CONSTRAINTS (foreign keys) and CHECK_CONSTRAINTS.
//
// What MySQL does by itself is taken back out, so that a table created from a declaration
// reads as that declaration: a UNIQUE column's index (named after the column) is the
// column's `unique`, the index InnoDB adds for a foreign key that has none (named after
// the key or its column) is not declared, and RESTRICT, which MySQL reports for an action
// not given, is no action (the same in InnoDB). CHECK text loses the backticks MariaDB
// puts around every name, where a name needs none.
//
// CHECK_CONSTRAINTS is read as MariaDB (10.2+) has it, with TABLE_NAME and LEVEL; the
// tests run on MariaDB. MySQL 8 lays out that table and the defaults of text columns
// differently.
#include <quarry/mysql/driver.hpp>

#include "column_types.hpp"
#include "schema_model.hpp"

namespace quarry_schema {

database_schema read_mysql_schema(quarry::mysql::driver& driver, std::string dialect, column_typing& typing);

}  // namespace quarry_schema
