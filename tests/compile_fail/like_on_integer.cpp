// expect: LIKE compares text with a text pattern
// LIKE on an integer column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.age.like("1%")));
#else
    db(select(users.id).from(users).where(users.name.like("A%")));
#endif
}
