// expect: choose(key, ...) picks by an enum or an index
// A run-time string never names a column: ORDER BY picks from a list by enum or index.
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

enum class user_order { name, age };

void misuse(quarry::sqlite::connection& db, const std::string& column_from_request) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).order_by(choose(column_from_request, users.name, users.age).asc()));
#else
    (void)column_from_request;
    db(select(users.name).from(users).order_by(choose(user_order::age, users.name, users.age).asc()));
#endif
}
