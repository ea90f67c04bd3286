// expect: UPDATE uses a column whose table is not the updated table
// UPDATE filtered on a column of another table.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(users.age = 3).where(posts.id == 1));
#else
    db(update(users).set(users.age = 3).where(users.id == 1));
#endif
}
