// expect: INSERT leaves out a NOT NULL column that has no default
// INSERT leaves out users.name, which is NOT NULL and has no default.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).set(users.age = 3));
#else
    db(insert_into(users).set(users.name = "Ann", users.age = 3));
#endif
}
