// expect: sql_name_contains_a_nul_byte
// Every declared name is checked, not only tables' and columns': here a CTE's.
#include <cstdint>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

QUARRY_TABLE(notes, (id, std::int64_t, primary_key));

#ifndef QUARRY_CONTROL
constexpr quarry::fixed_string recent_name{"recent\0; DROP TABLE notes"};
#else
constexpr quarry::fixed_string recent_name{"recent; DROP TABLE notes"};
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto recent = cte<recent_name>(select(notes.id).from(notes));
    db(with(recent)(select(recent.id).from(recent)));
}
