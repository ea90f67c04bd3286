// expect: aggregates are mixed with plain columns
// An aggregate query without GROUP BY has one row; ordering it by a plain column is
// meaningless, and PostgreSQL and MySQL reject it.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(user_count);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(count().as(user_count)).from(users).order_by(users.name.asc()));
#else
    db(select(count().as(user_count)).from(users));
#endif
}
