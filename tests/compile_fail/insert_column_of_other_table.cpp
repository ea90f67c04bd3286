// expect: INSERT names a column of another table
// INSERT INTO users sets a column of posts.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).set(users.name = "Ann", posts.title = "x"));
#else
    db(insert_into(users).set(users.name = "Ann"));
#endif
}
