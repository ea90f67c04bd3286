// expect: the struct has no field for a primary key column, so the row cannot be found
// expect-note: column_has_a_field<{anonymous}::Name, quarry::fixed_string<2>{"id"}>
// users' key is id, and the struct has no id to find the row by.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct Name {
#ifdef QUARRY_CONTROL
    std::int64_t id;
#endif
    std::string name;
};
}  // namespace

#ifndef QUARRY_CONTROL
BOOST_HANA_ADAPT_STRUCT(Name, name);
#else
BOOST_HANA_ADAPT_STRUCT(Name, id, name);
#endif

void misuse(quarry::sqlite::connection& db, const Name& row) {
    using namespace quarry;
    db(delete_by_key(users, row));
}
