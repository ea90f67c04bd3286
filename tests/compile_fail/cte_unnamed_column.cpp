// expect: every column of a CTE needs a name
// A CTE's query selects an expression without a name, so the CTE has no member for it.
#include <quarry/quarry.hpp>

#include "schema.hpp"

QUARRY_ALIAS(next_age);

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto older = cte<"older">(select(users.name, users.age + 1).from(users));
#else
    auto older = cte<"older">(select(users.name, (users.age + 1).as(next_age)).from(users));
#endif
    (void)older;
}
