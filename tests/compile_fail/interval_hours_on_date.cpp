// expect: a date moves by days, months or years
// A date has no time of day to move by hours.
#include <chrono>

#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto later = samples.day + std::chrono::hours{12};
#else
    auto later = samples.moment + std::chrono::hours{12};
#endif
    (void)later;
}
