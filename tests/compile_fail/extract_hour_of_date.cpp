// expect: a date has no hour, minute or second
// EXTRACT(HOUR ...) of a date.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto hour = extract<date_part::hour>(samples.day);
#else
    auto hour = extract<date_part::hour>(samples.moment);
#endif
    (void)hour;
}
