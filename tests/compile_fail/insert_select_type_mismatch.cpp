// expect: a selected column's type does not match the inserted column's type
// INSERT ... SELECT checks each selected column against the column it fills.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(posts).columns(posts.title, posts.user_id).select(select(users.id, users.name).from(users)));
#else
    db(insert_into(posts).columns(posts.title, posts.user_id).select(select(users.name, users.id).from(users)));
#endif
}
