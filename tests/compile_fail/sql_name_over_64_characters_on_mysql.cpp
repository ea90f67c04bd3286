// expect: sql_name_is_longer_than_64_characters_which_mysql_rejects
// MySQL and MariaDB count characters: 64 of them (here 128 bytes) are the most a name has.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/mysql/connection.hpp>

#ifndef QUARRY_CONTROL
QUARRY_NAMED_TABLE(notes, "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", (id, std::int64_t, primary_key));
#else
QUARRY_NAMED_TABLE(notes, "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", (id, std::int64_t, primary_key));
#endif

void misuse(quarry::mysql::connection& db) {
    using namespace quarry;
    db(select(notes.id).from(notes));
}
