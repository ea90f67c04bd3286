// expect: RANGE with an offset measures it on the window's one ORDER BY expression
// RANGE 10 PRECEDING needs one ORDER BY expression to measure 10 on.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto close = window().order_by(users.age, users.id).range(preceding<10>, current_row);
#else
    auto close = window().order_by(users.age).range(preceding<10>, current_row);
#endif
    (void)close;
}
