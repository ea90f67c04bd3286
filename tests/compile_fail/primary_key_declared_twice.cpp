// expect: declare the primary key once: mark its columns primary_key, or add a primary_key(...) entry, not both
// The key is marked on a column and declared again as a table entry.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

#ifndef QUARRY_CONTROL
QUARRY_TABLE(tags,
    (post_id, std::int64_t, primary_key),
    (tag,     std::string),
    primary_key(post_id, tag));
#else
QUARRY_TABLE(tags,
    (post_id, std::int64_t),
    (tag,     std::string),
    primary_key(post_id, tag));
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    create_all(db, tags);
}
