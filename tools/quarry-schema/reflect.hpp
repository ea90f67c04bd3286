#pragma once
// The schema of the database a Quarry URL names, read from the backend's catalog:
//   sqlite:///app.db   mysql://user:password@host/db   mariadb://...   postgresql://user@/db?host=/run/postgresql
// Read only: a missing SQLite file is an error rather than created, and its journal mode is
// left as it is. Throws schema_error for columns of types Quarry has none for (naming them
// all) and Quarry's own errors for a URL it cannot open.
#include <string_view>

#include "column_types.hpp"
#include "schema_model.hpp"

namespace quarry_schema {

database_schema read_schema(std::string_view database_url, const type_overrides& overrides);

}  // namespace quarry_schema
