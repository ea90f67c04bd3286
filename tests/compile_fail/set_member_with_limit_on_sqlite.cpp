// expect: SQLite allows no parentheses around a member of UNION, INTERSECT or EXCEPT
// A member with its own LIMIT needs parentheses, which SQLite does not allow.
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& sqlite_db, quarry::postgresql::connection& postgresql_db) {
    using namespace quarry;
    auto oldest = select(users.name).from(users).order_by(users.age.desc()).limit(1);
#ifndef QUARRY_CONTROL
    sqlite_db(oldest.union_all(select(employees.name).from(employees)));
    (void)postgresql_db;
#else
    postgresql_db(oldest.union_all(select(employees.name).from(employees)));
    (void)sqlite_db;
#endif
}
