// expect: ORDER BY after UNION, INTERSECT or EXCEPT takes result columns
// ORDER BY after a UNION names a column the first SELECT does not select.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).union_all(select(employees.name).from(employees)).order_by(users.age));
#else
    db(select(users.name).from(users).union_all(select(employees.name).from(employees)).order_by(users.name));
#endif
}
