#pragma once
// WHERE, GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET.
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/expression.hpp"
#include "quarry/expr/optional_condition.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

// `.where(all_rows)` says on purpose that an UPDATE or DELETE touches every row.
struct all_rows_t : leaf_facts {
    using value_type = bool;
    static constexpr bool nullable = false;
    static constexpr int precedence = precedence::atom;
};
inline constexpr all_rows_t all_rows{};

template <class Condition>
struct where_clause : facts_of<Condition> {
    Condition condition;

    template <class W>
    constexpr void render(W& w) const {
        if constexpr (!std::is_same_v<Condition, all_rows_t>) {
            w.write(" WHERE ");
            condition.render(w);
        }
    }
};

// WHERE for any statement: a condition without aggregates, or all_rows.
template <class Condition>
    requires(!is_optional_condition_v<std::remove_cvref_t<Condition>>)
constexpr auto make_where(Condition&& condition) {
    using condition_t = operand_t<Condition>;
    static_assert(boolean_expression<condition_t>, "quarry: WHERE takes a condition");
    static_assert(!condition_t::contains_aggregate, "quarry: WHERE cannot use aggregates; use HAVING");
    static_assert(!contains_window_v<condition_t>,
                  "quarry: WHERE cannot use window functions; filter their rows in an outer query over a "
                  "subquery or CTE");
    return where_clause<condition_t>{{}, make_operand(std::forward<Condition>(condition))};
}

// UPDATE and DELETE take no condition that a run-time choice can leave out.
template <class Condition>
    requires is_optional_condition_v<std::remove_cvref_t<Condition>>
constexpr auto make_where(Condition&&) {
    static_assert(!is_optional_condition_v<std::remove_cvref_t<Condition>>,
                  "quarry: if_set and only_if are for SELECT; an UPDATE or DELETE whose optional filters "
                  "are all unset would change every row, so write its condition in full");
    return where_clause<all_rows_t>{};
}

// Renders a keyword and a comma-separated tuple of children.
template <class W, class... Items>
constexpr void render_clause(W& w, std::string_view keyword, const node_list<Items...>& items) {
    w.write(keyword);
    render_list(w, ", ", items);
}

template <class... Exprs>
struct group_by_clause : facts_of<Exprs...> {
    static constexpr bool binds_nothing = binds_nothing_in_v<Exprs...>;
    node_list<Exprs...> exprs;

    template <class W>
    constexpr void render(W& w) const {
        render_clause(w, " GROUP BY ", exprs);
    }
};

template <class Condition>
struct having_clause : facts_of<Condition> {
    Condition condition;

    template <class W>
    constexpr void render(W& w) const {
        w.write(" HAVING ");
        condition.render(w);
    }
};

template <class... Items>
struct order_by_clause : facts_of<Items...> {
    static constexpr bool binds_nothing = binds_nothing_in_v<Items...>;
    node_list<Items...> items;

    template <class W>
    constexpr void render(W& w) const {
        render_clause(w, " ORDER BY ", items);
    }
};

// LIMIT and OFFSET are bound parameters, so the count never reaches the SQL text.
struct limit_clause : leaf_facts {
    value_node<std::int64_t> count;

    template <class W>
    constexpr void render(W& w) const {
        w.write(" LIMIT ");
        count.render(w);
    }
};

struct offset_clause : leaf_facts {
    value_node<std::int64_t> count;

    template <class W>
    constexpr void render(W& w) const {
        w.write(" OFFSET ");
        count.render(w);
    }
};

}  // namespace quarry
