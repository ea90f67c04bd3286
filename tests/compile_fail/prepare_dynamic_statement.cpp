// expect: only statements with fixed SQL can be prepared
// db.prepare(...) of a statement whose SQL changes with an IN over a vector.
#include <cstdint>
#include <vector>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    const std::vector<std::int64_t> ids{1, 2, 3};
#ifndef QUARRY_CONTROL
    db.prepare(select(users.name).from(users).where(users.id.in(ids)));
#else
    db(select(users.name).from(users).where(users.id.in(ids)));
#endif
}
