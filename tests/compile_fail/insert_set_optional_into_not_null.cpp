// expect: cannot assign a value that may be NULL to a NOT NULL column
// INSERT ... SET puts a std::optional into a NOT NULL column.
#include <optional>
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    const std::optional<std::string> name;
#ifndef QUARRY_CONTROL
    db(insert_into(users).set(users.name = name));
#else
    db(insert_into(users).set(users.name = name.value_or("anonymous")));
#endif
}
