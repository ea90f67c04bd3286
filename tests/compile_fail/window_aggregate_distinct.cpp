// expect: an aggregate over a window cannot take DISTINCT
// COUNT(DISTINCT x) OVER (...) exists on no backend.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto ages = count(distinct(users.age)).over(window());
#else
    auto ages = count(users.age).over(window());
#endif
    (void)ages;
}
