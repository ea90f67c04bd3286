// expect: WHERE cannot use aggregates; use HAVING
// An aggregate in WHERE.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).where(count() > 1));
#else
    db(select(users.name).from(users).group_by(users.name).having(count() > 1));
#endif
}
