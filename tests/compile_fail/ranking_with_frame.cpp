// expect: ROW_NUMBER, RANK, DENSE_RANK, LAG and LEAD ignore the window's frame
// A frame means nothing to RANK, and MariaDB refuses one.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto place = rank().over(window().order_by(users.age).rows(preceding<1>, current_row));
#else
    auto place = rank().over(window().order_by(users.age));
#endif
    (void)place;
}
