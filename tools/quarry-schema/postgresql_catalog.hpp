#pragma once
// Reads the tables of a PostgreSQL connection's current schema (the first on its search
// path, usually public): the tables and columns from information_schema, and what
// information_schema leaves out or cannot tell apart from pg_catalog: keys and CHECKs
// (pg_constraint, whose names are unique per table only), and indexes (pg_index).
//
// PostgreSQL's own spelling is taken back out: the cast it shows after a constant default
// ('it''s'::text), the parentheses it puts around a CHECK's expression, and a serial
// column's nextval(...) default, which is auto-increment as an identity column is. An
// index that backs a constraint (the primary key, a UNIQUE column) is that constraint.
// A CHECK on one column is that column's: PostgreSQL keeps no difference between a
// column's CHECK and a table's CHECK over that one column.
#include <quarry/postgresql/driver.hpp>

#include "column_types.hpp"
#include "schema_model.hpp"

namespace quarry_schema {

database_schema read_postgresql_schema(quarry::postgresql::driver& driver, column_typing& typing);

}  // namespace quarry_schema
