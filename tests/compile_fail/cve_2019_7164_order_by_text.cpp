// expect: ORDER BY takes expressions or sort items
// CVE-2019-7164 (SQLAlchemy): order_by("...") turned the string into SQL text.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).order_by("name DESC; DROP TABLE users"));
#else
    db(select(users.name).from(users).order_by(users.name.desc()));
#endif
}
