// expect: unsafe_sql_placeholder_count_differs_from_the_number_of_values
// Two `?` in the text, one value given.
#include <cstdint>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE age > ? AND age < ?", 18));
#else
    db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE age > ? AND age < ?", 18, 65));
#endif
}
