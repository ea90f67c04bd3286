// expect: WHERE cannot use window functions
// SQL computes window functions after WHERE, so WHERE cannot filter on them.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
    auto first = row_number().over(window().order_by(users.id));
#ifndef QUARRY_CONTROL
    auto q = select(users.name).from(users).where(first == 1);
#else
    auto q = select(users.name).from(users).order_by(first);
#endif
    (void)q;
}
