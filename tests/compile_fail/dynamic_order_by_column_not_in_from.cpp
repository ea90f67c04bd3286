// expect: a column's table is not in FROM
// A column that ORDER BY can choose at run time must be from a table in FROM, chosen or not.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, int key) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).order_by(choose(key, users.name, posts.title).asc()));
#else
    db(select(users.name).from(users).join(posts).on(posts.user_id == users.id)
           .order_by(choose(key, users.name, posts.title).asc()));
#endif
}
