// expect: cannot compare values of different types
// An integer column compared with text.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.age == "x"));
#else
    db(select(users.id).from(users).where(users.age == 30));
#endif
}
