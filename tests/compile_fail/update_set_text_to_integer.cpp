// expect: the assigned value's type does not match the column's type
// UPDATE assigns text to an integer column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(users.age = "x").where(users.id == 1));
#else
    db(update(users).set(users.age = 30).where(users.id == 1));
#endif
}
