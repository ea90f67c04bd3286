// expect: LAG's offset is a template argument
// lag(x, 2) reads as SQL's LAG(x, 2), but Quarry takes the offset as a template argument.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto two_back = lag(users.name, 2);
#else
    auto two_back = lag<2>(users.name);
#endif
    (void)two_back;
}
