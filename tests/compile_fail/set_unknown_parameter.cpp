// expect: the statement has no parameter of that name
// A prepared statement's parameter set under a name it does not have.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto prepared = db.prepare(select(users.name).from(users).where(users.age >= parameter<"min_age">(users.age)));
#ifndef QUARRY_CONTROL
    prepared.set<"max_age">(18);
#else
    prepared.set<"min_age">(18);
#endif
}
