#pragma once
// The rules a SELECT must meet to be run, as a subquery or on its own, checked over its
// clauses' types when it is rendered or executed. Tables: the tables it references but
// does not provide.
#include <type_traits>

#include "quarry/core/type_list.hpp"
#include "quarry/expr/over.hpp"
#include "quarry/statement/clause/chosen_where.hpp"
#include "quarry/statement/clause/from.hpp"
#include "quarry/statement/clause/no_clause.hpp"

namespace quarry {

template <class Tables, class Columns, class GroupBy, class Having, class Window, class OrderBy>
constexpr bool check_select_grouping() {
    static_assert(named_window_uses_t<Tables>::size == 0,
                  "quarry: OVER names a window that this SELECT does not define; add .window(w)");
    if constexpr (!std::is_same_v<GroupBy, no_clause>) {
        using grouped_columns = typename GroupBy::bare_columns;
        static_assert(is_subset_v<concat_t<typename Columns::bare_columns, typename Having::bare_columns,
                                           typename Window::bare_columns, typename OrderBy::bare_columns>,
                                  grouped_columns>,
                      "quarry: a selected column is neither in GROUP BY nor inside an aggregate; "
                      "add it to .group_by(...) or aggregate it");
    } else {
        static_assert(!(Columns::contains_aggregate || OrderBy::contains_aggregate) ||
                          concat_t<typename Columns::bare_columns, typename OrderBy::bare_columns>::size == 0,
                      "quarry: aggregates are mixed with plain columns; add .group_by(...) with those "
                      "columns, or aggregate them too");
    }
    return true;
}

// CtesInScope: the CTEs that a WITH around the statement defines.
template <class CtesInScope, class Tables, class Columns, class From, class Where, class GroupBy, class Having,
          class Window, class OrderBy>
constexpr bool check_select_complete() {
    using missing = difference_t<Tables, CtesInScope>;
    using missing_ctes = filter_t<missing, is_cte_use>;
    static_assert(missing_ctes::size == 0,
                  "quarry: the statement selects from a CTE that no WITH defines; run with(cte)(statement)");
    // An undefined window is reported by check_select_grouping, not as a table missing from FROM.
    static_assert(missing::size == missing_ctes::size + named_window_uses_t<missing>::size,
                  "quarry: a column's table is not in FROM; add it with .from(...) or a join");
    using always_written = concat_t<typename Columns::tables, typename always_referenced_tables<Where>::type,
                                    typename GroupBy::tables, typename Having::tables, typename Window::tables,
                                    typename OrderBy::tables, typename optional_joins_of<From>::always_tables>;
    static_assert(!intersects_v<always_written, typename optional_joins_of<From>::provided_tables>,
                  "quarry: a column of an optional join is used where it is always written; use it only in "
                  "its ON and in if_set/only_if conditions chosen with the join");
    return check_select_grouping<Tables, Columns, GroupBy, Having, Window, OrderBy>();
}

}  // namespace quarry
