// expect: UPDATE sets a column of another table
// UPDATE users sets a column of posts.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(posts.title = "x").where(users.id == 1));
#else
    db(update(posts).set(posts.title = "x").where(posts.id == 1));
#endif
}
