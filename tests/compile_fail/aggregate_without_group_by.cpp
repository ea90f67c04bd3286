// expect: aggregates are mixed with plain columns
// An aggregate next to a plain column, without GROUP BY.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name, count(posts.id)).from(users).join(posts).on(posts.user_id == users.id));
#else
    db(select(users.name, count(posts.id)).from(users).join(posts).on(posts.user_id == users.id).group_by(users.name));
#endif
}
