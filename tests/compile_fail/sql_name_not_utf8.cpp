// expect: sql_name_is_not_valid_utf8
// "café" in Latin-1: every backend here reads names as UTF-8.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

#ifndef QUARRY_CONTROL
QUARRY_TABLE(notes, (id, std::int64_t, primary_key), (cafe, std::int64_t, sql_name("caf\xe9")));
#else
QUARRY_TABLE(notes, (id, std::int64_t, primary_key), (cafe, std::int64_t, sql_name("caf\xc3\xa9")));
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    db(select(notes.cafe).from(notes));
}
