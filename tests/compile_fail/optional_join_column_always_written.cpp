// expect: a column of an optional join is used where it is always written
// Selecting a column of a join that may be left out would name a table the SQL lacks.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, bool with_posts) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name, posts.title).from(users).left_join_if(with_posts, posts).on(posts.user_id == users.id));
#else
    db(select(users.name).from(users).left_join_if(with_posts, posts).on(posts.user_id == users.id)
           .where(only_if(with_posts, posts.title != "")));
#endif
}
