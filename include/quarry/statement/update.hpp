#pragma once
// UPDATE table SET column = value, ... WHERE condition
//   update(users).set(users.age = users.age + 1).where(users.id == 7)
// Without WHERE it does not compile; `.where(all_rows)` updates every row on purpose.
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/assignment.hpp"
#include "quarry/statement/clause/filters.hpp"
#include "quarry/statement/clause/no_clause.hpp"
#include "quarry/statement/returning.hpp"

namespace quarry {

template <class Table, class Assignments, class Where = no_clause>
struct update_statement {
    Table table{};
    Assignments assignments{};
    Where where_{};

    using referenced_tables = concat_t<typename Assignments::tables, typename Where::tables>;
    using parameters = concat_t<typename Assignments::parameters, typename Where::parameters>;
    static constexpr bool is_dynamic = Assignments::is_dynamic || Where::is_dynamic;
    static constexpr statement_kind kind = statement_kind::update;

    static constexpr bool check_complete() {
        static_assert(!std::is_same_v<Where, no_clause>,
                      "quarry: UPDATE without WHERE would change every row; add .where(...), "
                      "or .where(quarry::all_rows) to mean it");
        static_assert(is_subset_v<referenced_tables, type_list<Table>>,
                      "quarry: UPDATE uses a column whose table is not the updated table; use a subquery");
        return true;
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write("UPDATE ");
        table.render(w);
        w.write(" SET ");
        assignments.render(w);
        where_.render(w);
    }

    template <class... Columns>
    constexpr auto returning(const Columns&... columns) const {
        return make_returning<Table>(*this, columns...);
    }

    template <class Condition>
    constexpr auto where(Condition&& condition) const {
        static_assert(std::is_same_v<Where, no_clause>, "quarry: an UPDATE has one WHERE; combine conditions with &&");
        auto where = make_where(std::forward<Condition>(condition));
        return update_statement<Table, Assignments, decltype(where)>{table, assignments, std::move(where)};
    }
};

template <class... Assignments>
struct assignment_list : facts_of<Assignments...> {
    node_list<Assignments...> items;

    template <class W>
    constexpr void render(W& w) const {
        render_list(w, ", ", items);
    }
};

template <class Table>
struct update_builder {
    template <class... Assignments>
    constexpr auto set(const Assignments&... assignments) const {
        static_assert(sizeof...(Assignments) > 0 && (is_assignment_v<Assignments> && ...),
                      "quarry: set(...) takes assignments such as users.age = 31");
        static_assert((std::is_same_v<typename Assignments::column_type::table_type, Table> && ...),
                      "quarry: UPDATE sets a column of another table");
        using list_t = assignment_list<Assignments...>;
        return update_statement<Table, list_t>{{}, list_t{{}, node_list<Assignments...>(assignments...)}};
    }
};

template <class Table>
    requires is_table_v<Table>
constexpr update_builder<Table> update(const Table&) {
    return {};
}

}  // namespace quarry
