// expect: a row needs one value for each column
// A multi-row INSERT row with fewer values than columns.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(insert_into(users).columns(users.name, users.age).values("Ann"));
#else
    db(insert_into(users).columns(users.name, users.age).values("Ann", 30));
#endif
}
