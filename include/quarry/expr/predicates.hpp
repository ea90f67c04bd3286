#pragma once
// IN, BETWEEN, LIKE and IS NULL.
#include <iterator>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

// `x IN (?, ?, ?)`: a list whose length is known at compile time.
template <bool Negated, class Expr, class... Items>
struct in_list : facts_of<Expr, Items...>, expression_interface<in_list<Negated, Expr, Items...>> {
    using value_type = bool;
    static constexpr bool nullable = Expr::nullable || (Items::nullable || ...);
    static constexpr int precedence = precedence::comparison;

    Expr expr;
    node_list<Items...> items;

    constexpr in_list() = default;
    constexpr in_list(Expr e, Items... i) : expr(std::move(e)), items(std::move(i)...) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, expr, precedence + 1);
        w.write(Negated ? " NOT IN (" : " IN (");
        render_list(w, ", ", items);
        w.write(")");
    }
};

// `x IN (?, ?, ...)` over a run-time vector. Its SQL text depends on the vector's
// length, so a query containing it is rendered at run time.
template <bool Negated, class Expr, class T>
struct in_vector : facts_of<Expr>, expression_interface<in_vector<Negated, Expr, T>> {
    using value_type = bool;
    static constexpr bool nullable = Expr::nullable;
    static constexpr int precedence = precedence::comparison;
    static constexpr bool is_dynamic = true;

    Expr expr;
    std::vector<T> values;

    constexpr in_vector() = default;
    constexpr in_vector(Expr e, std::vector<T> v) : expr(std::move(e)), values(std::move(v)) {}

    template <class W>
    constexpr void render(W& w) const {
        // `x IN ()` is an error outside SQLite; an empty list matches no row.
        if (values.empty()) {
            w.write(Negated ? "1 = 1" : "1 = 0");
            return;
        }
        render_operand(w, expr, precedence + 1);
        w.write(Negated ? " NOT IN (" : " IN (");
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i != 0) w.write(", ");
            w.value(values[i]);
        }
        w.write(")");
    }
};

// `x IN (SELECT ...)`.
template <bool Negated, class Expr, class Query>
struct in_subquery : facts_of<Expr, Query>, expression_interface<in_subquery<Negated, Expr, Query>> {
    using value_type = bool;
    static constexpr bool nullable = true;
    static constexpr int precedence = precedence::comparison;

    Expr expr;
    Query query;

    constexpr in_subquery() = default;
    constexpr in_subquery(Expr e, Query q) : expr(std::move(e)), query(std::move(q)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, expr, precedence + 1);
        w.write(Negated ? " NOT IN (" : " IN (");
        query.render(w);
        w.write(")");
    }
};

// A container of values for IN, such as std::vector<int>; not text, and not a blob.
template <class T>
concept value_range = requires(const T& r) {
    std::begin(r);
    std::end(r);
} && (!std::is_convertible_v<T, std::string_view>) && (!std::is_same_v<T, blob>) &&
                      bindable<std::iter_value_t<decltype(std::begin(std::declval<const T&>()))>>;

template <bool Negated, class Expr, class First, class... Rest>
constexpr auto make_in(const Expr& expr, First&& first, Rest&&... rest) {
    using value_t = typename Expr::value_type;
    using first_t = std::remove_cvref_t<First>;
    if constexpr (sizeof...(Rest) == 0 && value_range<first_t>) {
        using element = bound_type_t<std::iter_value_t<decltype(std::begin(first))>>;
        static_assert(comparable_v<value_t, element>,
                      "quarry: the IN list's values must have the type of the expression");
        std::vector<element> bound;
        for (const auto& value : first) bound.emplace_back(value);
        return in_vector<Negated, Expr, element>{expr, std::move(bound)};
    } else if constexpr (sizeof...(Rest) == 0 && scalar_query<first_t>) {
        return in_subquery<Negated, Expr, first_t>{expr, std::forward<First>(first)};
    } else {
        static_assert(comparable_v<value_t, typename operand_t<First>::value_type> &&
                          (comparable_v<value_t, typename operand_t<Rest>::value_type> && ...),
                      "quarry: the IN list's values must have the type of the expression");
        return in_list<Negated, Expr, operand_t<First>, operand_t<Rest>...>{
            expr, make_operand(std::forward<First>(first)), make_operand(std::forward<Rest>(rest))...};
    }
}

template <class Expr, class Low, class High>
struct between_node : facts_of<Expr, Low, High>, expression_interface<between_node<Expr, Low, High>> {
    using value_type = bool;
    static constexpr bool nullable = Expr::nullable || Low::nullable || High::nullable;
    static constexpr int precedence = precedence::comparison;

    Expr expr;
    Low low;
    High high;

    constexpr between_node() = default;
    constexpr between_node(Expr e, Low l, High h) : expr(std::move(e)), low(std::move(l)), high(std::move(h)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, expr, precedence + 1);
        w.write(" BETWEEN ");
        render_operand(w, low, precedence + 1);
        w.write(" AND ");
        render_operand(w, high, precedence + 1);
    }
};

template <bool Negated, class Expr, class Pattern>
struct like_node : facts_of<Expr, Pattern>, expression_interface<like_node<Negated, Expr, Pattern>> {
    using value_type = bool;
    static constexpr bool nullable = Expr::nullable || Pattern::nullable;
    static constexpr int precedence = precedence::comparison;

    Expr expr;
    Pattern pattern;

    constexpr like_node() = default;
    constexpr like_node(Expr e, Pattern p) : expr(std::move(e)), pattern(std::move(p)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, expr, precedence + 1);
        w.write(Negated ? " NOT LIKE " : " LIKE ");
        render_operand(w, pattern, precedence + 1);
        w.write(W::dialect::like_escape);
    }
};

// Case-insensitive LIKE, the same on every dialect (ILIKE where the dialect has it).
template <bool Negated, class Expr, class Pattern>
struct ilike_node : facts_of<Expr, Pattern>, expression_interface<ilike_node<Negated, Expr, Pattern>> {
    using value_type = bool;
    static constexpr bool nullable = Expr::nullable || Pattern::nullable;
    static constexpr int precedence = precedence::comparison;

    Expr expr;
    Pattern pattern;

    constexpr ilike_node() = default;
    constexpr ilike_node(Expr e, Pattern p) : expr(std::move(e)), pattern(std::move(p)) {}

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::render_ilike(w, expr, pattern, Negated);
    }
};

template <template <bool, class, class> class Node, bool Negated, class Expr, class Pattern>
constexpr auto make_like(const Expr& expr, Pattern&& pattern) {
    using pattern_t = operand_t<Pattern>;
    static_assert(is_text_v<typename Expr::value_type> && is_text_v<typename pattern_t::value_type>,
                  "quarry: LIKE compares text with a text pattern");
    return Node<Negated, Expr, pattern_t>{expr, make_operand(std::forward<Pattern>(pattern))};
}

template <class Expr, bool Negated>
struct null_test : facts_of<Expr>, expression_interface<null_test<Expr, Negated>> {
    using value_type = bool;
    static constexpr bool nullable = false;
    static constexpr int precedence = precedence::comparison;

    Expr expr;

    constexpr null_test() = default;
    constexpr explicit null_test(Expr e) : expr(std::move(e)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, expr, precedence + 1);
        w.write(Negated ? " IS NOT NULL" : " IS NULL");
    }
};

}  // namespace quarry
