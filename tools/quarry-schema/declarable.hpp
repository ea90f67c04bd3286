#pragma once
// A schema made into one that QUARRY_TABLE declarations can say, in an order in which
// they compile. What a declaration cannot say is taken out and becomes a note on its
// table, which the header shows:
//   - a foreign key over several columns (references(...) is one column's), to a table
//     that is not read, or to a column of its own table declared after it;
//   - foreign keys that form a cycle: a declaration names the tables it refers to, so
//     each must come after them; the cycle is cut at the first table by name;
//   - auto-increment on anything but an integer column that is the whole primary key;
//   - a key or an index over more than eight columns (the declaration macros' limit).
// Tables come after the tables they refer to, and otherwise by name.
#include "schema_model.hpp"

namespace quarry_schema {

database_schema declarable(database_schema schema);

}  // namespace quarry_schema
