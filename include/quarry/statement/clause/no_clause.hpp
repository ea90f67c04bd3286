#pragma once
// The placeholder for a clause a statement does not have yet.
#include "quarry/expr/expression.hpp"

namespace quarry {

struct no_clause : leaf_facts {
    using provided_tables = type_list<>;
    using outer_joined_tables = type_list<>;

    template <class W>
    constexpr void render(W&) const {}
};

}  // namespace quarry
