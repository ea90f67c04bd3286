// expect: a field reads a column that may be NULL; make the field std::optional
// expect-note: field_may_hold_null<{anonymous}::User, quarry::fixed_string<3>{"age"}>
// users.age is nullable, so a plain std::int32_t field could not hold every row.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct User {
    std::int64_t id;
    std::string name;
#ifndef QUARRY_CONTROL
    std::int32_t age;
#else
    std::optional<std::int32_t> age;
#endif
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(User, id, name, age);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto first = db(select(all_of(users)).from(users)).as<User>().first();
    (void)first;
}
