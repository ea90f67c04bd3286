// expect: a field's type cannot hold its column's values
// expect-note: field_type_fits_column<{anonymous}::User, quarry::fixed_string<2>{"id"}>
// users.id is a 64-bit integer; a 32-bit field would lose values.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct User {
#ifndef QUARRY_CONTROL
    std::int32_t id;
#else
    std::int64_t id;
#endif
    std::string name;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(User, id, name);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto one = db(select(users.id, users.name).from(users)).as<User>().one();
    (void)one;
}
