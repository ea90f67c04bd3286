// expect: AND and OR combine conditions; both sides must be boolean
// AND with an integer on one side.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.age && users.name == "Ann"));
#else
    db(select(users.id).from(users).where(users.age.is_not_null() && users.name == "Ann"));
#endif
}
