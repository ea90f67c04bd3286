#pragma once
// SELECT [DISTINCT] ... FROM ... [JOIN ...] [WHERE] [GROUP BY] [HAVING] [WINDOW] [ORDER BY] [LIMIT] [OFFSET]
//
//   select(users.name, count(posts.id).as(post_count))
//       .from(users).left_join(posts).on(posts.user_id == users.id)
//       .where(users.age >= 18)
//       .group_by(users.name)
//       .order_by(users.name.asc());
//
// Each clause is a type, so a finished statement knows its SQL text at compile time.
// Checks that need the whole statement (tables in FROM, GROUP BY, named windows) run when
// it is rendered or executed (select_rules.hpp); checks about order run in the builders.
// `.union_all(...)` and friends combine it with another SELECT (set_operation.hpp). Parts
// chosen at run time (if_set/only_if, choose(...) in ORDER BY, join_if) make it dynamic.
#include <cstdint>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/expr/chosen_sort.hpp"
#include "quarry/statement/clause/chosen_where.hpp"
#include "quarry/statement/clause/filters.hpp"
#include "quarry/statement/clause/from.hpp"
#include "quarry/statement/clause/no_clause.hpp"
#include "quarry/statement/clause/paging.hpp"
#include "quarry/statement/clause/pending_join.hpp"
#include "quarry/statement/clause/window.hpp"
#include "quarry/statement/select_list.hpp"
#include "quarry/statement/select_rules.hpp"
#include "quarry/statement/set_operation.hpp"
#include "quarry/statement/subquery.hpp"

namespace quarry {

template <class Columns, class From = no_clause, class Where = no_clause, class GroupBy = no_clause,
          class Having = no_clause, class OrderBy = no_clause, class Limit = no_clause, class Offset = no_clause,
          bool Distinct = false, class Window = no_clause>
struct select_statement {
    Columns columns{};
    From from_{};
    Where where_{};
    GroupBy group_by_{};
    Having having_{};
    OrderBy order_by_{};
    Limit limit_{};
    Offset offset_{};
    Window window_{};

    // Facts, as a subquery sees them: the tables it references but does not provide
    // are the outer query's (a correlated subquery). Named windows count as tables
    // that the WINDOW clause provides.
    using provided_tables = typename From::provided_tables;
    using referenced_tables =
        concat_t<typename Columns::tables, typename From::tables, typename Where::tables, typename GroupBy::tables,
                 typename Having::tables, typename Window::tables, typename OrderBy::tables>;
    using tables =
        difference_t<referenced_tables, concat_t<provided_tables, typename defined_windows_of<Window>::type>>;
    using bare_columns = type_list<>;
    using parameters = concat_t<typename Columns::parameters, typename From::parameters, typename Where::parameters,
                                typename GroupBy::parameters, typename Having::parameters,
                                typename Window::parameters, typename OrderBy::parameters>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = Columns::is_dynamic || From::is_dynamic || Where::is_dynamic ||
                                       GroupBy::is_dynamic || Having::is_dynamic || Window::is_dynamic ||
                                       OrderBy::is_dynamic;
    // A member of a set operation with these needs parentheses.
    static constexpr bool has_order_or_limit =
        !std::is_same_v<OrderBy, no_clause> || !std::is_same_v<Limit, no_clause>;

    using row_type = typename row_of<Columns, typename outer_joined_tables<From>::type>::type;

    // The rules a statement must meet to be run, as a subquery or on its own (select_rules.hpp).
    static constexpr bool check_grouping() {
        return check_select_grouping<tables, Columns, GroupBy, Having, Window, OrderBy>();
    }
    // CtesInScope: the CTEs that a WITH around the statement defines.
    template <class CtesInScope = type_list<>>
    static constexpr bool check_complete() {
        return check_select_complete<CtesInScope, tables, Columns, From, Where, GroupBy, Having, Window, OrderBy>();
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write(Distinct ? "SELECT DISTINCT " : "SELECT ");
        // The bind walk skips the clauses that bind nothing without compiling their walk.
        if constexpr (!bind_walk_skips_v<W, Columns>) columns.render(w);
        if constexpr (!bind_walk_skips_v<W, From>) from_.render(w);
        where_.render(w);
        if constexpr (!bind_walk_skips_v<W, GroupBy>) group_by_.render(w);
        having_.render(w);
        window_.render(w);
        if constexpr (!bind_walk_skips_v<W, OrderBy>) order_by_.render(w);
        limit_.render(w);
        offset_.render(w);
    }

    template <class F, class W2 = Where, class G = GroupBy, class H = Having, class O = OrderBy, class L = Limit,
              class Off = Offset, bool D = Distinct, class Win = Window>
    using with_clauses = select_statement<Columns, F, W2, G, H, O, L, Off, D, Win>;

    constexpr auto distinct() const {
        return with_clauses<From, Where, GroupBy, Having, OrderBy, Limit, Offset, true>{
            columns, from_, where_, group_by_, having_, order_by_, limit_, offset_, window_};
    }

    template <class Source>
    constexpr auto from(const Source& source) const {
        static_assert(std::is_same_v<From, no_clause>, "quarry: a SELECT has one FROM; add tables with joins");
        static_assert(requires { typename Source::provided_tables; },
                      "quarry: FROM takes a table, a table alias, a subquery(...) or a CTE");
        using from_t = from_clause<from_item_t<Source>>;
        return with_clauses<from_t>{columns,   from_t{from_item_t<Source>(source), {}},
                                    where_,    group_by_,
                                    having_,   order_by_,
                                    limit_,    offset_,
                                    window_};
    }

    template <class Table>
    constexpr auto join(const Table& table) const {
        return pending_join<select_statement, join_kind::inner, Table>{*this, table};
    }
    template <class Table>
    constexpr auto left_join(const Table& table) const {
        return pending_join<select_statement, join_kind::left, Table>{*this, table};
    }
    template <class Table>
    constexpr auto right_join(const Table& table) const {
        return pending_join<select_statement, join_kind::right, Table>{*this, table};
    }
    template <class Table>
    constexpr auto full_join(const Table& table) const {
        return pending_join<select_statement, join_kind::full, Table>{*this, table};
    }
    // Joins that a run-time choice writes or leaves out (see optional_join).
    template <class Table>
    constexpr auto join_if(bool chosen, const Table& table) const {
        return pending_join<select_statement, join_kind::inner, Table, true>{*this, table, chosen};
    }
    template <class Table>
    constexpr auto left_join_if(bool chosen, const Table& table) const {
        return pending_join<select_statement, join_kind::left, Table, true>{*this, table, chosen};
    }
    template <class Table>
    constexpr auto cross_join(const Table& table) const {
        return add_join<join_kind::cross>(table, no_condition{});
    }

    template <join_kind Kind, class Table, class Condition>
    constexpr auto add_join(const Table& table, const Condition& condition) const {
        static_assert(!std::is_same_v<From, no_clause>, "quarry: a join needs .from(...) first");
        auto joined = from_.template add_join<Kind>(table, condition);
        return with_clauses<decltype(joined)>{columns,   joined, where_,  group_by_, having_,
                                              order_by_, limit_, offset_, window_};
    }
    template <join_kind Kind, class Table, class Condition>
    constexpr auto add_optional_join(const Table& table, const Condition& condition, bool chosen) const {
        static_assert(!std::is_same_v<From, no_clause>, "quarry: a join needs .from(...) first");
        auto joined = from_.template add_optional_join<Kind>(table, condition, chosen);
        return with_clauses<decltype(joined)>{columns,   joined, where_,  group_by_, having_,
                                              order_by_, limit_, offset_, window_};
    }

    // One condition, or several joined by AND, some of which may be optional
    // (if_set, only_if): see chosen_where.hpp.
    template <class... Conditions>
    constexpr auto where(Conditions&&... conditions) const {
        static_assert(std::is_same_v<Where, no_clause>,
                      "quarry: a SELECT has one WHERE; list its conditions in it, or combine them with && and ||");
        static_assert(sizeof...(Conditions) > 0, "quarry: WHERE takes a condition");
        auto where = [&] {
            if constexpr (sizeof...(Conditions) == 1 &&
                          !(is_optional_condition_v<std::remove_cvref_t<Conditions>> || ...))
                return make_where(std::forward<Conditions>(conditions)...);
            else
                return make_chosen_where(std::forward<Conditions>(conditions)...);
        }();
        return with_clauses<From, decltype(where)>{columns,   from_,  std::move(where), group_by_, having_,
                                                   order_by_, limit_, offset_,          window_};
    }

    template <class... Exprs>
    constexpr auto group_by(const Exprs&... exprs) const {
        static_assert(std::is_same_v<GroupBy, no_clause>, "quarry: a SELECT has one GROUP BY");
        static_assert(sizeof...(Exprs) > 0 && (expression<Exprs> && ...), "quarry: GROUP BY takes expressions");
        static_assert(!(contains_window_v<Exprs> || ...), "quarry: GROUP BY cannot use window functions");
        using group_t = group_by_clause<Exprs...>;
        return with_clauses<From, Where, group_t>{
            columns, from_,     where_, group_t{{}, node_list<Exprs...>(exprs...)},
            having_, order_by_, limit_, offset_,
            window_};
    }

    template <class Condition>
    constexpr auto having(Condition&& condition) const {
        using condition_t = operand_t<Condition>;
        static_assert(!std::is_same_v<GroupBy, no_clause>, "quarry: HAVING needs GROUP BY; call .group_by(...) first");
        static_assert(std::is_same_v<Having, no_clause>, "quarry: a SELECT has one HAVING");
        static_assert(boolean_expression<condition_t>, "quarry: HAVING takes a condition");
        static_assert(!contains_window_v<condition_t>,
                      "quarry: HAVING cannot use window functions; filter their rows in an outer query over a "
                      "subquery or CTE");
        using having_t = having_clause<condition_t>;
        return with_clauses<From, Where, GroupBy, having_t>{
            columns,   from_,  where_,  group_by_, having_t{{}, make_operand(std::forward<Condition>(condition))},
            order_by_, limit_, offset_, window_};
    }

    // WINDOW name AS (...): `.window(by_user)` defines windows that OVER uses by name.
    template <class... Windows>
    constexpr auto window(const Windows&... windows) const {
        static_assert(std::is_same_v<Window, no_clause>, "quarry: a SELECT has one WINDOW clause; list every "
                                                         "named window in it");
        auto clause = make_window_clause(windows...);
        return with_clauses<From, Where, GroupBy, Having, OrderBy, Limit, Offset, Distinct, decltype(clause)>{
            columns, from_, where_, group_by_, having_, order_by_, limit_, offset_, clause};
    }

    template <class... Items>
    constexpr auto order_by(const Items&... items) const {
        static_assert(std::is_same_v<OrderBy, no_clause>, "quarry: a SELECT has one ORDER BY");
        static_assert(sizeof...(Items) > 0 && ((is_sort_item_v<Items> || expression<Items>) && ...),
                      "quarry: ORDER BY takes expressions or sort items such as users.age.desc()");
        static_assert((orders_by_selected_alias_v<Items> && ...),
                      "quarry: ORDER BY names an alias that this SELECT does not select");
        using order_t = order_by_clause<sort_item_t<Items>...>;
        return with_clauses<From, Where, GroupBy, Having, order_t>{
            columns, from_,  where_,  group_by_, having_,
            order_t{{}, node_list<sort_item_t<Items>...>(sort_item_t<Items>(items)...)},
            limit_,  offset_, window_};
    }

    // An ORDER BY item that names an alias (`post_count.desc()`) names one of ours.
    template <class Item, class Expr = typename sorted_expression<Item>::type>
    static constexpr bool orders_by_selected_alias_v = [] {
        if constexpr (is_alias_reference_v<Expr>)
            return contains_v<typename row_specs<row_type>::type, typename Expr::field_spec>;
        else
            return true;
    }();

    constexpr auto limit(std::int64_t count) const {
        return with_clauses<From, Where, GroupBy, Having, OrderBy, limit_clause>{
            columns, from_, where_, group_by_, having_, order_by_, make_limit<Limit>(count), offset_, window_};
    }
    constexpr auto offset(std::int64_t count) const {
        return with_clauses<From, Where, GroupBy, Having, OrderBy, Limit, offset_clause>{
            columns, from_, where_, group_by_, having_, order_by_, limit_, make_offset<Limit, Offset>(count), window_};
    }

    // Set operations with another SELECT: `a.union_all(b)`, then .order_by(...) on the result.
    template <class Query>
    constexpr auto union_distinct(const Query& query) const {
        return make_set_operation<set_operator::union_distinct>(*this, query);
    }
    template <class Query>
    constexpr auto union_all(const Query& query) const {
        return make_set_operation<set_operator::union_all>(*this, query);
    }
    template <class Query>
    constexpr auto intersect(const Query& query) const {
        return make_set_operation<set_operator::intersect>(*this, query);
    }
    template <class Query>
    constexpr auto except(const Query& query) const {
        return make_set_operation<set_operator::except>(*this, query);
    }

    // As a value: `users.age > select(avg(users.age)).from(users)`.
    constexpr auto as_scalar() const {
        static_assert(decltype(columns.items)::size == 1,
                      "quarry: a subquery used as a value selects exactly one column");
        static_assert(check_grouping());
        return scalar_subquery<select_statement>{*this};
    }

    // As a named select item: `select(users.name, select(count()).from(posts)....as(post_count))`.
    template <class Alias>
    constexpr auto as(Alias) const {
        return aliased<scalar_subquery<select_statement>, typename Alias::spec>{as_scalar()};
    }

    // As a table in FROM: `auto t = select(...).from(...).subquery<"t">();`
    template <fixed_string Name>
    constexpr auto subquery() const {
        static_assert(check_grouping());
        return derived_table<select_statement, Name>{*this};
    }
};

template <class... Items>
constexpr auto select(const Items&... items) {
    static_assert(sizeof...(Items) > 0, "quarry: SELECT needs at least one column");
    auto list = make_select_list(items...);
    static_assert(decltype(list)::unique_names,
                  "quarry: two selected columns have the same name; rename one with .as(...)");
    return select_statement<decltype(list)>{std::move(list)};
}

}  // namespace quarry
