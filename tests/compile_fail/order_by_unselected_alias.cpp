// expect: ORDER BY names an alias that this SELECT does not select
// ORDER BY an alias the select list does not define.
#include <quarry/quarry.hpp>

#include "schema.hpp"

QUARRY_ALIAS(total);
QUARRY_ALIAS(other);

void misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = select(users.name, count().as(total)).from(users).group_by(users.name).order_by(other.desc());
#else
    auto q = select(users.name, count().as(total)).from(users).group_by(users.name).order_by(total.desc());
#endif
    (void)q;
}
