#pragma once
// Comparison, logical and arithmetic operators. Each checks its operand types at
// compile time and builds a node; parentheses are added only where precedence
// needs them.
#include <string_view>
#include <optional>
#include <type_traits>
#include <utility>

#include "quarry/expr/value.hpp"

namespace quarry {

struct op_equal { static constexpr std::string_view sql = " = "; };
struct op_not_equal { static constexpr std::string_view sql = " <> "; };
struct op_less { static constexpr std::string_view sql = " < "; };
struct op_less_equal { static constexpr std::string_view sql = " <= "; };
struct op_greater { static constexpr std::string_view sql = " > "; };
struct op_greater_equal { static constexpr std::string_view sql = " >= "; };
struct op_and { static constexpr std::string_view sql = " AND "; static constexpr int precedence = precedence::and_; };
struct op_or { static constexpr std::string_view sql = " OR "; static constexpr int precedence = precedence::or_; };
struct op_plus { static constexpr bool may_yield_null = false; static constexpr std::string_view sql = " + "; static constexpr int precedence = precedence::additive; };
struct op_minus { static constexpr bool may_yield_null = false; static constexpr std::string_view sql = " - "; static constexpr int precedence = precedence::additive; };
struct op_multiply { static constexpr bool may_yield_null = false; static constexpr std::string_view sql = " * "; static constexpr int precedence = precedence::multiplicative; };
struct op_divide { static constexpr bool may_yield_null = true; static constexpr std::string_view sql = " / "; static constexpr int precedence = precedence::multiplicative; };
struct op_modulo { static constexpr bool may_yield_null = true; static constexpr std::string_view sql = " % "; static constexpr int precedence = precedence::multiplicative; };

template <class Op, class L, class R>
struct comparison : facts_of<L, R>, expression_interface<comparison<Op, L, R>> {
    using value_type = bool;
    static constexpr bool nullable = L::nullable || R::nullable;
    static constexpr int precedence = precedence::comparison;
    static constexpr bool binds_nothing = binds_nothing_in_v<L, R>;

    L lhs;
    R rhs;

    constexpr comparison() = default;
    constexpr comparison(L l, R r) : lhs(std::move(l)), rhs(std::move(r)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, lhs, precedence + 1);
        w.write(Op::sql);
        render_operand(w, rhs, precedence + 1);
    }
};

// AND and OR are associative, so `a AND b AND c` needs no parentheses.
template <class Op, class L, class R>
struct logical : facts_of<L, R>, expression_interface<logical<Op, L, R>> {
    using value_type = bool;
    static constexpr bool nullable = L::nullable || R::nullable;
    static constexpr int precedence = Op::precedence;
    static constexpr bool binds_nothing = binds_nothing_in_v<L, R>;

    L lhs;
    R rhs;

    constexpr logical() = default;
    constexpr logical(L l, R r) : lhs(std::move(l)), rhs(std::move(r)) {}

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, lhs, precedence);
        w.write(Op::sql);
        render_operand(w, rhs, precedence);
    }
};

template <class E>
struct logical_not : facts_of<E>, expression_interface<logical_not<E>> {
    using value_type = bool;
    static constexpr bool nullable = E::nullable;
    static constexpr int precedence = precedence::not_;

    E expr;

    constexpr logical_not() = default;
    constexpr explicit logical_not(E e) : expr(std::move(e)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.write("NOT ");
        render_operand(w, expr, precedence::atom);
    }
};

// Left-associative: `a - b - c` is flat, `a - (b - c)` keeps its parentheses.
template <class Op, class L, class R>
struct arithmetic : facts_of<L, R>, expression_interface<arithmetic<Op, L, R>> {
    using value_type = arithmetic_result_t<typename L::value_type, typename R::value_type>;
    // Division by zero yields NULL rather than an error.
    static constexpr bool nullable = L::nullable || R::nullable || Op::may_yield_null;
    static constexpr int precedence = Op::precedence;

    L lhs;
    R rhs;

    constexpr arithmetic() = default;
    constexpr arithmetic(L l, R r) : lhs(std::move(l)), rhs(std::move(r)) {}

    static constexpr bool is_integer_division =
        std::is_same_v<Op, op_divide> && category_v<typename L::value_type> == category::integer &&
        category_v<typename R::value_type> == category::integer;

    template <class W>
    constexpr void render(W& w) const {
        render_operand(w, lhs, precedence);
        w.write(is_integer_division ? W::dialect::integer_division : Op::sql);
        render_operand(w, rhs, precedence + 1);
    }
};

template <class E>
struct negation : facts_of<E>, expression_interface<negation<E>> {
    using value_type = std::conditional_t<std::is_same_v<typename E::value_type, double>, double, std::int64_t>;
    static constexpr bool nullable = E::nullable;
    static constexpr int precedence = precedence::unary;

    E expr;

    constexpr negation() = default;
    constexpr explicit negation(E e) : expr(std::move(e)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.write("-");
        render_operand(w, expr, precedence::atom);
    }
};

// At least one side must be a quarry expression, so these never apply to plain C++ values.
template <class L, class R>
concept expression_operands =
    operand<L> && operand<R> && (expression<std::remove_cvref_t<L>> || expression<std::remove_cvref_t<R>>);

template <class Op, class L, class R>
constexpr auto make_comparison(L&& l, R&& r) {
    using lhs_t = operand_t<L>;
    using rhs_t = operand_t<R>;
    static_assert(comparable_v<typename lhs_t::value_type, typename rhs_t::value_type>,
                  "quarry: cannot compare values of different types (such as an integer column with text); "
                  "convert one side with quarry::cast<T>(...)");
    return comparison<Op, lhs_t, rhs_t>{make_operand(std::forward<L>(l)), make_operand(std::forward<R>(r))};
}

#define QUARRY_DETAIL_COMPARISON(symbol, op)                                   \
    template <class L, class R>                                                \
        requires expression_operands<L, R>                                     \
    constexpr auto operator symbol(L&& l, R&& r) {                             \
        return make_comparison<op>(std::forward<L>(l), std::forward<R>(r));    \
    }
QUARRY_DETAIL_COMPARISON(==, op_equal)
QUARRY_DETAIL_COMPARISON(!=, op_not_equal)
QUARRY_DETAIL_COMPARISON(<, op_less)
QUARRY_DETAIL_COMPARISON(<=, op_less_equal)
QUARRY_DETAIL_COMPARISON(>, op_greater)
QUARRY_DETAIL_COMPARISON(>=, op_greater_equal)
#undef QUARRY_DETAIL_COMPARISON

// `x == NULL` is never true in SQL, so it is not offered.
template <class E>
inline constexpr bool null_comparison = false;

template <class E>
    requires expression<E>
constexpr bool operator==(const E&, std::nullopt_t) {
    static_assert(null_comparison<E>, "quarry: comparing with NULL is never true in SQL; use x.is_null() or x.is_not_null()");
    return false;
}

template <class E>
    requires expression<E>
constexpr bool operator!=(const E&, std::nullopt_t) {
    static_assert(null_comparison<E>, "quarry: comparing with NULL is never true in SQL; use x.is_null() or x.is_not_null()");
    return false;
}

template <class Op, class L, class R>
constexpr auto make_logical(L&& l, R&& r) {
    using lhs_t = operand_t<L>;
    using rhs_t = operand_t<R>;
    static_assert(std::is_same_v<typename lhs_t::value_type, bool> && std::is_same_v<typename rhs_t::value_type, bool>,
                  "quarry: AND and OR combine conditions; both sides must be boolean");
    return logical<Op, lhs_t, rhs_t>{make_operand(std::forward<L>(l)), make_operand(std::forward<R>(r))};
}

template <class L, class R>
    requires expression_operands<L, R>
constexpr auto operator&&(L&& l, R&& r) {
    return make_logical<op_and>(std::forward<L>(l), std::forward<R>(r));
}

template <class L, class R>
    requires expression_operands<L, R>
constexpr auto operator||(L&& l, R&& r) {
    return make_logical<op_or>(std::forward<L>(l), std::forward<R>(r));
}

template <class E>
    requires expression<std::remove_cvref_t<E>>
constexpr auto operator!(E&& e) {
    static_assert(boolean_expression<std::remove_cvref_t<E>>, "quarry: NOT applies to a condition");
    return logical_not<std::remove_cvref_t<E>>{std::forward<E>(e)};
}

template <class Op, class L, class R>
constexpr auto make_arithmetic(L&& l, R&& r) {
    using lhs_t = operand_t<L>;
    using rhs_t = operand_t<R>;
    static_assert(is_numeric_v<typename lhs_t::value_type> && is_numeric_v<typename rhs_t::value_type>,
                  "quarry: arithmetic needs numbers on both sides; join text with quarry::concat(...)");
    return arithmetic<Op, lhs_t, rhs_t>{make_operand(std::forward<L>(l)), make_operand(std::forward<R>(r))};
}

#define QUARRY_DETAIL_ARITHMETIC(symbol, op)                                   \
    template <class L, class R>                                                \
        requires expression_operands<L, R>                                     \
    constexpr auto operator symbol(L&& l, R&& r) {                             \
        return make_arithmetic<op>(std::forward<L>(l), std::forward<R>(r));    \
    }
QUARRY_DETAIL_ARITHMETIC(+, op_plus)
QUARRY_DETAIL_ARITHMETIC(-, op_minus)
QUARRY_DETAIL_ARITHMETIC(*, op_multiply)
QUARRY_DETAIL_ARITHMETIC(/, op_divide)
QUARRY_DETAIL_ARITHMETIC(%, op_modulo)
#undef QUARRY_DETAIL_ARITHMETIC

template <class E>
    requires expression<std::remove_cvref_t<E>>
constexpr auto operator-(E&& e) {
    static_assert(is_numeric_v<typename std::remove_cvref_t<E>::value_type>, "quarry: unary minus needs a number");
    return negation<std::remove_cvref_t<E>>{std::forward<E>(e)};
}

}  // namespace quarry
