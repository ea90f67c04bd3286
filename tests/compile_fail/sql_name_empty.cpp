// expect: sql_name_is_empty
// No backend takes an empty quoted name. It is refused where it is declared, so a
// dynamic statement, rendered at run time, never meets it either.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

#ifndef QUARRY_CONTROL
QUARRY_NAMED_TABLE(notes, "", (id, std::int64_t, primary_key));
#else
QUARRY_NAMED_TABLE(notes, "notes", (id, std::int64_t, primary_key));
#endif

void misuse(quarry::sqlite::connection& db, bool only_first) {
    using namespace quarry;
    db(select(notes.id).from(notes).where(only_if(only_first, notes.id == 1)));
}
