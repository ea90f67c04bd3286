// expect: both sides of UNION, INTERSECT or EXCEPT must select the same number of columns
// A UNION whose sides select different columns.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name, users.age).from(users).union_all(select(employees.name).from(employees)));
#else
    db(select(users.name).from(users).union_all(select(employees.name).from(employees)));
#endif
}
