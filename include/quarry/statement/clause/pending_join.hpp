#pragma once
// `.join(posts)` waits for `.on(condition)`: the join a SELECT adds once it has both.
#include <utility>

#include "quarry/expr/value.hpp"
#include "quarry/statement/clause/from.hpp"

namespace quarry {

// Optional: a join that a run-time choice writes or leaves out (join_if, left_join_if).
template <class Statement, join_kind Kind, class Table, bool Optional = false>
struct pending_join {
    Statement statement;
    Table table;
    bool chosen = true;

    template <class Condition>
    constexpr auto on(Condition&& condition) const {
        using condition_t = operand_t<Condition>;
        static_assert(boolean_expression<condition_t>, "quarry: ON takes a condition");
        if constexpr (Optional)
            return statement.template add_optional_join<Kind>(table, make_operand(std::forward<Condition>(condition)),
                                                              chosen);
        else
            return statement.template add_join<Kind>(table, make_operand(std::forward<Condition>(condition)));
    }
};

}  // namespace quarry
