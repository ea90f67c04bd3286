// expect: UPDATE without WHERE would change every row
// An UPDATE without WHERE, run with db(...).
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(users.age = 3));
#else
    db(update(users).set(users.age = 3).where(all_rows));
#endif
}
