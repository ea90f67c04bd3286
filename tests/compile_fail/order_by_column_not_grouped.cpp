// expect: a selected column is neither in GROUP BY nor inside an aggregate
// A grouped query ordered by a column that is neither grouped nor aggregated.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).group_by(users.name).order_by(users.age.asc()));
#else
    db(select(users.name).from(users).group_by(users.name).order_by(users.name.asc()));
#endif
}
