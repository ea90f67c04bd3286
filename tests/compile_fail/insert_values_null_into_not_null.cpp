// expect: cannot insert NULL into a NOT NULL column
// A multi-row INSERT gives NULL for a NOT NULL column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).columns(users.name, users.age).values(std::nullopt, 30));
#else
    db(insert_into(users).columns(users.name, users.age).values("Ann", std::nullopt));
#endif
}
