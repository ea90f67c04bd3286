// expect: DELETE uses a column whose table is not the one deleted from
// DELETE filtered on a column of another table.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(delete_from(users).where(posts.id == 1));
#else
    db(delete_from(posts).where(posts.id == 1));
#endif
}
