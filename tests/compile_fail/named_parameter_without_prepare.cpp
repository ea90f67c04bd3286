// expect: this statement has named parameters
// A statement with named parameters run directly, without db.prepare(...).
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    const auto query = select(users.name).from(users).where(users.age >= parameter<"min_age">(users.age));
#ifndef QUARRY_CONTROL
    db(query);
#else
    auto prepared = db.prepare(query);
    prepared.set<"min_age">(18);
    db(prepared);
#endif
}
