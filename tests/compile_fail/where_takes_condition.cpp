// expect: WHERE takes a condition
// WHERE given an integer column instead of a condition.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.age));
#else
    db(select(users.id).from(users).where(users.age.is_not_null()));
#endif
}
