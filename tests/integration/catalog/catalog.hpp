#pragma once
// read_shape<Backend>(db, "table"): a table as the backend's catalog describes it, in
// the test process's own database (MariaDB) or schema (PostgreSQL).
#include <string>

#include "backends.hpp"
#include "integration/catalog/mariadb.hpp"
#include "integration/catalog/postgresql.hpp"
#include "integration/catalog/shape.hpp"
#include "integration/catalog/sqlite.hpp"

template <class Backend, class Connection>
table_shape read_shape(Connection& db, const std::string& table) {
    if constexpr (std::is_same_v<Backend, sqlite_backend>) return sqlite_catalog::read_shape(db, table);
    else if constexpr (std::is_same_v<Backend, mariadb_backend>)
        return mariadb_catalog::read_shape(db, integration_database, table);
    else return postgresql_catalog::read_shape(db, integration_database, table);
}
