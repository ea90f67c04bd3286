// expect: cannot assign NULL to a NOT NULL column
// UPDATE sets a NOT NULL column to NULL.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(users.name = std::nullopt).where(users.id == 1));
#else
    db(update(users).set(users.age = std::nullopt).where(users.id == 1));
#endif
}
