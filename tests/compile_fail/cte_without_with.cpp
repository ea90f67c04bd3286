// expect: the statement selects from a CTE that no WITH defines
// A CTE used in FROM, but the statement is not wrapped in with(...).
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
#ifndef QUARRY_CONTROL
    db(select(adults.name).from(adults));
#else
    db(with(adults)(select(adults.name).from(adults)));
#endif
}
