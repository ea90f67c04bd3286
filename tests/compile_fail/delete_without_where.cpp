// expect: DELETE without WHERE would remove every row
// A DELETE without WHERE, run with db(...).
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(delete_from(users));
#else
    db(delete_from(users).where(all_rows));
#endif
}
