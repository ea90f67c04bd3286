#pragma once
// The rendering suite across dialects: sqlite_text(q), mysql_text(q) and postgresql_text(q)
// are the SQL text each backend would be sent for q. No database is opened.
#include <string>

#include <quarry/mysql/dialect.hpp>
#include <quarry/postgresql/dialect.hpp>

#include "sqlite_text.hpp"

template <class Statement>
std::string mysql_text(const Statement& statement) {
    return quarry::to_sql<quarry::mysql::dialect>(statement);
}

template <class Statement>
std::string postgresql_text(const Statement& statement) {
    return quarry::to_sql<quarry::postgresql::dialect>(statement);
}

// MariaDB's printer is MySQL's but for RETURNING and LAG/LEAD defaults.
template <class Statement>
std::string mariadb_text(const Statement& statement) {
    return quarry::to_sql<quarry::mariadb::dialect>(statement);
}
