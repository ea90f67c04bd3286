// expect: ON CONFLICT takes the key whose duplicate it handles
// users.age is neither the primary key nor unique, so no insert conflicts on it.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = insert_into(users).set(users.name = "Ann", users.age = 3).on_conflict(users.age).do_nothing();
#else
    auto q = insert_into(users).set(users.name = "Ann", users.age = 3).on_conflict(users.name).do_nothing();
#endif
    (void)q;
}
