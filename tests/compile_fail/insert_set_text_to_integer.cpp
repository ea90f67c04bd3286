// expect: the assigned value's type does not match the column's type
// INSERT ... SET assigns text to an integer column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).set(users.name = "Ann", users.age = "x"));
#else
    db(insert_into(users).set(users.name = "Ann", users.age = 30));
#endif
}
