// expect: a std::optional field writes a NOT NULL column
// expect-note: column_may_hold_null<{anonymous}::User, quarry::fixed_string<4>{"name"}>
// users.name is NOT NULL; a field that may be empty cannot always fill it.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct User {
    std::int64_t id;
#ifndef QUARRY_CONTROL
    std::optional<std::string> name;
#else
    std::string name;
#endif
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(User, id, name);

void misuse(quarry::sqlite::connection& db, const User& user) {
    using namespace quarry;
    db(insert_into(users).values(user));
}
