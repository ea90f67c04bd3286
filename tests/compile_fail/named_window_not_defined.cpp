// expect: OVER names a window that this SELECT does not define
// A named window used without .window(...) on the SELECT.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto by_id = window<"by_id">().order_by(users.id);
#ifndef QUARRY_CONTROL
    db(select(users.name, row_number().over(by_id)).from(users));
#else
    db(select(users.name, row_number().over(by_id)).from(users).window(by_id));
#endif
}
