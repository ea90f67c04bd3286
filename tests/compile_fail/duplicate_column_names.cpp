// expect: two selected columns have the same name
// Two selected columns named id.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_id);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id, posts.id).from(users).join(posts).on(posts.user_id == users.id));
#else
    db(select(users.id, posts.id.as(post_id)).from(users).join(posts).on(posts.user_id == users.id));
#endif
}
