// expect: use of deleted function
// expect-note: begin() && = delete
// An iterator taken from a temporary result would outlive the rows it reads.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

std::int64_t misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    const auto query = select(users.id).from(users);
#ifndef QUARRY_CONTROL
    return db(query).begin()->id;
#else
    for (const auto& row : db(query)) return row.id;
    return 0;
#endif
}
