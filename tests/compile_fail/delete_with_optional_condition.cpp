// expect: if_set and only_if are for SELECT
// DELETE with an optional filter would delete every row when the filter is unset.
#include <cstdint>
#include <optional>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, std::optional<std::int64_t> id) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(delete_from(users).where(if_set(id, [](std::int64_t v) { return users.id == v; })));
#else
    if (id) db(delete_from(users).where(users.id == *id));
#endif
}
