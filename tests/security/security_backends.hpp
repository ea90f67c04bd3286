#pragma once
// The integration backends, plus MariaDB with NO_BACKSLASH_ESCAPES added to its
// sql_mode: there a backslash is a plain character in string literals, so SQL text
// that relied on escaping with backslashes would read differently.
#include <string_view>
#include <type_traits>

#include "backends.hpp"

struct mariadb_no_backslash_escapes_backend {
    static constexpr std::string_view name = "MariaDB with NO_BACKSLASH_ESCAPES";
    using connection = quarry::mariadb::connection;

    static connection open() {
        connection db = mariadb_backend::open();
        db.execute_sql("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
        return db;
    }
};

#define SECURITY_BACKENDS sqlite_backend, mariadb_backend, mariadb_no_backslash_escapes_backend, postgresql_backend

template <class Backend>
inline constexpr bool is_mariadb_backend =
    std::is_same_v<Backend, mariadb_backend> || std::is_same_v<Backend, mariadb_no_backslash_escapes_backend>;
