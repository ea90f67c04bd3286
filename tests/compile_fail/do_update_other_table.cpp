// expect: DO UPDATE uses a column of another table
// DO UPDATE sees the existing row and the excluded one, not other tables.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = insert_into(users).set(users.name = "Ann").on_conflict(users.name).do_update(users.age = employees.id);
#else
    auto q = insert_into(users).set(users.name = "Ann").on_conflict(users.name).do_update(users.age = excluded(users.id));
#endif
    (void)q;
}
