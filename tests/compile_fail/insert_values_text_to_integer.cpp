// expect: the inserted value's type does not match the column's type
// A multi-row INSERT gives text for an integer column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).columns(users.name, users.age).values("Ann", "x"));
#else
    db(insert_into(users).columns(users.name, users.age).values("Ann", 30));
#endif
}
