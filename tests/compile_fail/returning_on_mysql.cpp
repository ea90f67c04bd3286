// expect: MySQL has no RETURNING
// MySQL cannot return the rows an INSERT wrote; its dialect refuses RETURNING.
#include <quarry/mysql/connection.hpp>

#include "schema.hpp"

void misuse(quarry::mysql::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).set(users.name = "Ann").returning(users.id));
#else
    db(insert_into(users).set(users.name = "Ann"));
#endif
}
