// expect: DO UPDATE needs the key whose conflict it handles
// SQLite and PostgreSQL need the key for DO UPDATE.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = insert_into(users).set(users.name = "Ann", users.age = 3).on_conflict().do_update(users.age = excluded(users.age));
#else
    auto q = insert_into(users).set(users.name = "Ann", users.age = 3).on_conflict(users.name).do_update(users.age = excluded(users.age));
#endif
    (void)q;
}
