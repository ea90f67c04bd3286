// expect: a column of the select list has no field of its name in the struct
// expect-note: column_has_a_field<{anonymous}::Name, quarry::fixed_string<2>{"id"}>
// all_of(users) selects id, name and age, but the struct has a field for name only.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct Name {
    std::string name;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(Name, name);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto names = db(select(all_of(users)).from(users)).as<Name>().to_vector();
#else
    auto names = db(select(users.name).from(users)).as<Name>().to_vector();
#endif
    (void)names;
}
