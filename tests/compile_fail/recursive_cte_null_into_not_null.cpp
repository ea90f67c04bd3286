// expect: a recursive CTE's second part must select columns of the first part's types
// The first part's column is NOT NULL, the recursive part's may be NULL.
#include <quarry/quarry.hpp>

#include "schema.hpp"

void misuse() {
    using namespace quarry;
    auto tree = cte<"tree">(select(employees.id).from(employees).where(employees.boss_id.is_null()))
                    .union_all([](auto tree) {
#ifndef QUARRY_CONTROL
                        return select(employees.boss_id).from(employees).join(tree).on(employees.id == tree.id);
#else
                        return select(employees.id).from(employees).join(tree).on(employees.boss_id == tree.id);
#endif
                    });
    (void)tree;
}
