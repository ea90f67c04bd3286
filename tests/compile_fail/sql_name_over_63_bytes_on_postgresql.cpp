// expect: sql_name_is_longer_than_63_bytes_which_postgresql_would_truncate
// PostgreSQL keeps the first 63 bytes of a longer name, with only a NOTICE.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/postgresql/connection.hpp>

#ifndef QUARRY_CONTROL
QUARRY_NAMED_TABLE(notes, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", (id, std::int64_t, primary_key));
#else
QUARRY_NAMED_TABLE(notes, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", (id, std::int64_t, primary_key));
#endif

void misuse(quarry::postgresql::connection& db) {
    using namespace quarry;
    db(select(notes.id).from(notes));
}
