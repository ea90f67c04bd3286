// expect: SUM needs a number
// SUM over a text column.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(total);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(sum(users.name).as(total)).from(users));
#else
    db(select(sum(users.age).as(total)).from(users));
#endif
}
