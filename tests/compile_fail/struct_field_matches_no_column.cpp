// expect: a field of the struct matches no column of the select list
// expect-note: field_matches_a_column<{anonymous}::User, quarry::fixed_string<4>{"agee"}>
// The struct's field `agee` is a typo: no selected column has that name.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct User {
    std::int64_t id;
    std::string name;
#ifndef QUARRY_CONTROL
    std::optional<std::int32_t> agee;
#else
    std::optional<std::int32_t> age;
#endif
};
}  // namespace

#ifndef QUARRY_CONTROL
BOOST_HANA_ADAPT_STRUCT(User, id, name, agee);
#else
BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    for (const User& u : db(select(all_of(users)).from(users)).as<User>()) (void)u;
}
