// expect: LAG and LEAD need ORDER BY in their window
// Without ORDER BY no row is the previous one.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto previous = lag(users.name).over(window().partition_by(users.age));
#else
    auto previous = lag(users.name).over(window().partition_by(users.age).order_by(users.id));
#endif
    (void)previous;
}
