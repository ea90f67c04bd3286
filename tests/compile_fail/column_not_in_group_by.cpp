// expect: a selected column is neither in GROUP BY nor inside an aggregate
// A selected column is neither grouped nor aggregated.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name, users.age, count()).from(users).group_by(users.name));
#else
    db(select(users.name, users.age, count()).from(users).group_by(users.name, users.age));
#endif
}
