// expect: OFFSET needs LIMIT
// OFFSET without LIMIT.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).offset(10));
#else
    db(select(users.name).from(users).limit(5).offset(10));
#endif
}
