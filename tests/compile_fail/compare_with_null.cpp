// expect: comparing with NULL is never true in SQL
// `x == NULL` is never true; the test for NULL is is_null().
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.age == std::nullopt));
#else
    db(select(users.id).from(users).where(users.age.is_null()));
#endif
}
