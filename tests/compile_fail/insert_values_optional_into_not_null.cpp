// expect: cannot insert a value that may be NULL into a NOT NULL column
// A multi-row INSERT gives a std::optional for a NOT NULL column.
#include <optional>
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    const std::optional<std::string> name;
#ifndef QUARRY_CONTROL
    db(insert_into(users).columns(users.name).values(name));
#else
    db(insert_into(users).columns(users.name).values(name.value_or("anonymous")));
#endif
}
