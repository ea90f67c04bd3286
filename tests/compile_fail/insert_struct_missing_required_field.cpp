// expect: the struct has no field for a NOT NULL column without a default, so INSERT cannot fill it
// expect-note: column_has_a_field<{anonymous}::Age, quarry::fixed_string<4>{"name"}>
// users.name is NOT NULL without a default, and the struct has no `name` to insert.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct Age {
    std::int64_t id;
#ifdef QUARRY_CONTROL
    std::string name;
#endif
    std::optional<std::int32_t> age;
};
}  // namespace

#ifndef QUARRY_CONTROL
BOOST_HANA_ADAPT_STRUCT(Age, id, age);
#else
BOOST_HANA_ADAPT_STRUCT(Age, id, name, age);
#endif

void misuse(quarry::sqlite::connection& db, Age& row) {
    using namespace quarry;
    insert(db, users, row);
}
