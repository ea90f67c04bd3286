#pragma once
// DELETE FROM table WHERE condition
//   delete_from(posts).where(posts.user_id == 7)
// Without WHERE it does not compile; `.where(all_rows)` deletes every row on purpose.
#include <type_traits>
#include <utility>

#include "quarry/statement/clause/filters.hpp"
#include "quarry/statement/clause/no_clause.hpp"
#include "quarry/statement/returning.hpp"

namespace quarry {

template <class Table, class Where = no_clause>
struct delete_statement {
    Table table{};
    Where where_{};

    using parameters = typename Where::parameters;
    static constexpr bool is_dynamic = Where::is_dynamic;
    static constexpr statement_kind kind = statement_kind::delete_;

    static constexpr bool check_complete() {
        static_assert(!std::is_same_v<Where, no_clause>,
                      "quarry: DELETE without WHERE would remove every row; add .where(...), "
                      "or .where(quarry::all_rows) to mean it");
        static_assert(is_subset_v<typename Where::tables, type_list<Table>>,
                      "quarry: DELETE uses a column whose table is not the one deleted from; use a subquery");
        return true;
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write("DELETE FROM ");
        table.render(w);
        where_.render(w);
    }

    template <class... Columns>
    constexpr auto returning(const Columns&... columns) const {
        return make_returning<Table>(*this, columns...);
    }

    template <class Condition>
    constexpr auto where(Condition&& condition) const {
        static_assert(std::is_same_v<Where, no_clause>, "quarry: a DELETE has one WHERE; combine conditions with &&");
        auto where = make_where(std::forward<Condition>(condition));
        return delete_statement<Table, decltype(where)>{table, std::move(where)};
    }
};

template <class Table>
    requires is_table_v<Table>
constexpr delete_statement<Table> delete_from(const Table&) {
    return {};
}

}  // namespace quarry
