// expect: sql_name_contains_a_nul_byte
// A NUL would end the statement text for the client libraries, cutting the name short.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

#ifndef QUARRY_CONTROL
QUARRY_NAMED_TABLE(notes, "notes\0; DROP TABLE users", (id, std::int64_t, primary_key));
#else
QUARRY_NAMED_TABLE(notes, "notes; DROP TABLE users", (id, std::int64_t, primary_key));
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    db(select(notes.id).from(notes));
}
