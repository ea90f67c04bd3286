#pragma once
// UNION, UNION ALL, INTERSECT and EXCEPT, with ORDER BY, LIMIT and OFFSET on the result:
//
//   select(users.name).from(users)
//       .union_all(select(employees.name).from(employees))
//       .order_by(users.name.asc())
//       .limit(10);
//
// Both sides select the same number of columns with matching types. The result's
// fields take their names from the first side, as in SQL, and may be NULL where
// either side's may. ORDER BY names result columns: a column or an alias selected by
// the first side (`users.name.asc()`, `post_count.desc()`), rendered as its bare name.
//
// Parentheses. A member with its own ORDER BY or LIMIT, and a set operation on the
// right (`a.union_all(b.intersect(c))`), are parenthesized; SQLite allows no
// parentheses around members, so there they do not compile. The tree is evaluated as
// built: `a.union_all(b).intersect(c)` is (a UNION ALL b) INTERSECT c. SQLite reads
// set operators left to right, so it needs no parentheses for that; PostgreSQL and
// MariaDB bind INTERSECT tighter, so they get them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/expr/alias.hpp"
#include "quarry/expr/ordering.hpp"
#include "quarry/statement/clause/filters.hpp"
#include "quarry/statement/clause/no_clause.hpp"
#include "quarry/statement/clause/paging.hpp"
#include "quarry/statement/select_list.hpp"
#include "quarry/statement/subquery.hpp"

namespace quarry {

enum class set_operator { union_distinct, union_all, intersect, except };

// A member of a set operation in parentheses, as a feature a dialect may lack.
struct parenthesized_set_member {};

// A SELECT or a set operation: what UNION, INTERSECT and EXCEPT combine.
template <class T>
concept set_member = select_query<T> && requires {
    T::has_order_or_limit;
    T::check_complete();
};

// The result field of two members' fields: the first's name, a type both fit in.
template <class LeftField, class RightField>
struct set_field;
template <std::size_t I, class Spec, class L, class RightField>
struct set_field<row_field<I, Spec, L>, RightField> {
    using left_value = remove_optional_t<L>;
    using right_value = remove_optional_t<typename RightField::value_type>;
    using value = std::conditional_t<std::is_same_v<left_value, right_value>, left_value,
                                     arithmetic_result_t<left_value, right_value>>;
    using type = row_field<I, Spec,
                           std::conditional_t<is_optional_v<L> || is_optional_v<typename RightField::value_type>,
                                              std::optional<value>, value>>;
};

template <class LeftRow, class RightRow>
inline constexpr bool set_rows_match_v = false;
template <class... L, class... R>
    requires(sizeof...(L) == sizeof...(R))
inline constexpr bool set_rows_match_v<row<L...>, row<R...>> =
    (comparable_v<remove_optional_t<typename L::value_type>, remove_optional_t<typename R::value_type>> && ...);

// The row of a set operation; the first side's, after a mismatch was reported.
template <bool Matches, class LeftRow, class RightRow>
struct set_row {
    using type = LeftRow;
};
template <class... L, class... R>
struct set_row<true, row<L...>, row<R...>> {
    using type = row<typename set_field<L, R>::type...>;
};

// A bare result-column name, as ORDER BY after a set operation takes it.
template <class Spec>
struct result_column : leaf_facts {
    static constexpr int precedence = precedence::atom;

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(Spec::sql_name);
    }
};

// The expression a sort item sorts by; a plain expression is its own.
template <class Item>
struct sorted_expression {
    using type = Item;
};
template <class Expr, sort_direction D, nulls_order N>
struct sorted_expression<sort_item<Expr, D, N>> {
    using type = Expr;
};

template <class Item>
using result_sort_t = sort_item<result_column<typename field_spec_of<typename sorted_expression<Item>::type>::type>,
                                sort_item_t<Item>::direction, sort_item_t<Item>::nulls>;

template <class Row>
struct row_specs;
template <class... Fields>
struct row_specs<row<Fields...>> {
    using type = type_list<typename Fields::spec_type...>;
};

// Whether an ORDER BY item names one of the row's fields.
template <class Row, class Item, class Spec = typename field_spec_of<typename sorted_expression<Item>::type>::type>
inline constexpr bool names_result_column_v =
    (expression<Item> || is_sort_item_v<Item>) && !std::is_void_v<Spec> &&
    contains_v<typename row_specs<Row>::type, Spec>;

template <class T>
inline constexpr bool is_set_operation_v = requires { T::set_precedence; };

template <set_operator Op, class Left, class Right, class OrderBy = no_clause, class Limit = no_clause,
          class Offset = no_clause>
struct set_operation;

template <set_operator Op, class Left, class Right>
constexpr auto make_set_operation(const Left& left, const Right& right) {
    static_assert(set_member<Right>, "quarry: UNION, INTERSECT and EXCEPT combine SELECT statements");
    if constexpr (set_member<Right>) {
        static_assert(set_rows_match_v<typename Left::row_type, typename Right::row_type>,
                      "quarry: both sides of UNION, INTERSECT or EXCEPT must select the same number of columns, "
                      "with matching types");
        return set_operation<Op, Left, Right>{left, right};
    }
}

template <set_operator Op, class Left, class Right, class OrderBy, class Limit, class Offset>
struct set_operation {
    Left left{};
    Right right{};
    OrderBy order_by_{};
    Limit limit_{};
    Offset offset_{};

    using row_type = typename set_row<set_rows_match_v<typename Left::row_type, typename Right::row_type>,
                                      typename Left::row_type, typename Right::row_type>::type;
    using tables = concat_t<typename Left::tables, typename Right::tables>;
    using bare_columns = type_list<>;
    using parameters = concat_t<typename Left::parameters, typename Right::parameters>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = Left::is_dynamic || Right::is_dynamic;

    // INTERSECT binds tighter than UNION and EXCEPT where the dialect says so.
    static constexpr int set_precedence = Op == set_operator::intersect ? 2 : 1;
    static constexpr bool has_order_or_limit =
        !std::is_same_v<OrderBy, no_clause> || !std::is_same_v<Limit, no_clause>;

    static constexpr bool check_grouping() { return Left::check_grouping() && Right::check_grouping(); }
    template <class CtesInScope = type_list<>>
    static constexpr bool check_complete() {
        return Left::template check_complete<CtesInScope>() && Right::template check_complete<CtesInScope>();
    }

    template <class W>
    constexpr void render(W& w) const {
        constexpr bool left_in_parentheses = [] {
            if constexpr (is_set_operation_v<Left>) {
                return Left::has_order_or_limit ||
                       (W::dialect::intersect_binds_tighter && Left::set_precedence < set_precedence);
            } else {
                return Left::has_order_or_limit;
            }
        }();
        render_member<left_in_parentheses>(w, left);
        constexpr std::string_view keyword[] = {" UNION ", " UNION ALL ", " INTERSECT ", " EXCEPT "};
        w.write(keyword[static_cast<int>(Op)]);
        render_member<Right::has_order_or_limit || is_set_operation_v<Right>>(w, right);
        order_by_.render(w);
        limit_.render(w);
        offset_.render(w);
    }

    template <bool Parenthesized, class W, class Member>
    static constexpr void render_member(W& w, const Member& member) {
        if constexpr (Parenthesized) {
            W::dialect::template require<parenthesized_set_member>();
            w.write("(");
            member.render(w);
            w.write(")");
        } else {
            member.render(w);
        }
    }

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

    template <class... Items>
    constexpr auto order_by(const Items&...) const {
        static_assert(std::is_same_v<OrderBy, no_clause>, "quarry: a set operation has one ORDER BY");
        static_assert(sizeof...(Items) > 0 && (names_result_column_v<row_type, Items> && ...),
                      "quarry: ORDER BY after UNION, INTERSECT or EXCEPT takes result columns: a column or an "
                      "alias that the first SELECT selects, such as users.name.desc() or post_count.desc()");
        using order_t = order_by_clause<result_sort_t<Items>...>;
        return set_operation<Op, Left, Right, order_t, Limit, Offset>{left, right, order_t{}, limit_, offset_};
    }

    constexpr auto limit(std::int64_t count) const {
        return set_operation<Op, Left, Right, OrderBy, limit_clause, Offset>{left, right, order_by_,
                                                                              make_limit<Limit>(count), offset_};
    }
    constexpr auto offset(std::int64_t count) const {
        return set_operation<Op, Left, Right, OrderBy, Limit, offset_clause>{left, right, order_by_, limit_,
                                                                               make_offset<Limit, Offset>(count)};
    }

    // As a table in FROM: `auto all_names = a.union_all(b).subquery<"all_names">();`
    template <fixed_string Name>
    constexpr auto subquery() const {
        static_assert(check_grouping());
        return derived_table<set_operation, Name>{*this};
    }
};

}  // namespace quarry
