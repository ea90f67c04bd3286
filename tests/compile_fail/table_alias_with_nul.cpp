// expect: sql_name_contains_a_nul_byte
// A table's alias is checked where it is given, as the table's own name is where declared.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

QUARRY_TABLE(notes, (id, std::int64_t, primary_key));

#ifndef QUARRY_CONTROL
constexpr quarry::fixed_string alias_name{"n\0; DROP TABLE notes"};
#else
constexpr quarry::fixed_string alias_name{"n; DROP TABLE notes"};
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    constexpr auto n = notes.as<alias_name>();
    db(select(n.id).from(n));
}
