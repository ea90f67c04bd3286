// expect: GROUP BY takes expressions
// CVE-2019-7548 (SQLAlchemy): group_by("...") turned the string into SQL text.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name, count()).from(users).group_by("name; DROP TABLE users"));
#else
    db(select(users.name, count()).from(users).group_by(users.name));
#endif
}
