// expect: auto_increment goes on an integer column marked primary_key that is the whole key
// A generated value is a key on its own; it cannot be part of a key of two columns.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

#ifndef QUARRY_CONTROL
QUARRY_TABLE(versions,
    (document, std::int64_t, primary_key),
    (number,   std::int64_t, primary_key, auto_increment));
#else
QUARRY_TABLE(versions,
    (document, std::int64_t, primary_key),
    (number,   std::int64_t, primary_key));
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    db(create_table(versions));
}
