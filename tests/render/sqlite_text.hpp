#pragma once
// What the rendering suite needs: the shared schema, SQLite's printer, a few
// aliases, and sqlite_text(q), the SQL text SQLite would be sent for q.
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/dialect.hpp>

#include "schema.hpp"

QUARRY_ALIAS(total);
QUARRY_ALIAS(post_count);
QUARRY_ALIAS(boss_name);
QUARRY_ALIAS(age_group);

template <class Statement>
std::string sqlite_text(const Statement& statement) {
    return quarry::to_sql<quarry::sqlite::dialect>(statement);
}
