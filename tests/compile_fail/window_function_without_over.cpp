// expect: a window function needs its window
// ROW_NUMBER without OVER.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = select(users.name, row_number()).from(users);
#else
    auto q = select(users.name, row_number().over(window().order_by(users.id))).from(users);
#endif
    (void)q;
}
