// expect: the value's type does not match the parameter's type
// A prepared statement's integer parameter set to text.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto prepared = db.prepare(select(users.name).from(users).where(users.age >= parameter<"min_age">(users.age)));
#ifndef QUARRY_CONTROL
    prepared.set<"min_age">("x");
#else
    prepared.set<"min_age">(18);
#endif
}
