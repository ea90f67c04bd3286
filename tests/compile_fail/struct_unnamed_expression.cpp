// expect: a selected expression has no name, so no field can read it
// expect-note: selected_expression_has_a_name<{anonymous}::Total, 0>
// count() has no name for a field to match; .as(alias) gives it one.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(total);

namespace {
struct Total {
    std::int64_t total;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(Total, total);

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto row = db(select(count()).from(users)).as<Total>().one();
#else
    auto row = db(select(count().as(total)).from(users)).as<Total>().one();
#endif
    (void)row;
}
