// expect: INSERT ... SELECT puts a value that may be NULL into a NOT NULL column
// A nullable selected column cannot fill a NOT NULL column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(posts).columns(posts.title, posts.user_id).select(
        select(users.name, cast<std::int64_t>(users.age)).from(users)));
#else
    db(insert_into(posts).columns(posts.title, posts.user_id).select(
        select(users.name, coalesce(cast<std::int64_t>(users.age), 0)).from(users)));
#endif
}
