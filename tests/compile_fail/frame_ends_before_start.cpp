// expect: a window frame must start before it ends
// A frame from the current row back to the one before is empty.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto frame = window().order_by(users.id).rows(current_row, preceding<1>);
#else
    auto frame = window().order_by(users.id).rows(preceding<1>, current_row);
#endif
    (void)frame;
}
