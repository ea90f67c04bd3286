// expect: arithmetic needs numbers on both sides
// Arithmetic with a text column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.name + 1 == 2));
#else
    db(select(users.id).from(users).where(users.age + 1 == 2));
#endif
}
