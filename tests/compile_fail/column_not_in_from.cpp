// expect: a column's table is not in FROM
// A selected column's table is missing from FROM.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(posts.title).from(users));
#else
    db(select(posts.title).from(posts));
#endif
}
