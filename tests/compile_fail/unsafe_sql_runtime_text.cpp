// expect: unsafe_sql takes its SQL as a string literal
// SQL text built at run time, where user input lives, cannot become a statement.
#include <cstdint>
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, const std::string& name) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(unsafe_sql<std::int64_t>(std::string("SELECT id FROM users WHERE name = '") + name + "'"));
#else
    db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE name = ?", name));
#endif
}
