#pragma once
// Definitions of expression_interface's member functions.
#include <utility>

#include "quarry/expr/interface.hpp"
#include "quarry/expr/alias.hpp"
#include "quarry/expr/ordering.hpp"
#include "quarry/expr/predicates.hpp"

namespace quarry {

template <class Derived>
template <class Alias>
constexpr auto expression_interface<Derived>::as(Alias) const {
    constexpr bool declared_alias = requires { typename Alias::spec; };
    static_assert(declared_alias, "quarry: .as(name) takes a name declared with QUARRY_ALIAS(name); a run-time "
                                  "string never becomes an SQL name");
    if constexpr (declared_alias) return aliased<Derived, typename Alias::spec>{self()};
    else return self();  // only to stop follow-on errors
}

template <class Derived>
constexpr auto expression_interface<Derived>::asc() const {
    return sort_item<Derived, sort_direction::asc>{self()};
}

template <class Derived>
constexpr auto expression_interface<Derived>::desc() const {
    return sort_item<Derived, sort_direction::desc>{self()};
}

template <class Derived>
template <class... Values>
constexpr auto expression_interface<Derived>::in(Values&&... values) const {
    return make_in<false>(self(), std::forward<Values>(values)...);
}

template <class Derived>
template <class... Values>
constexpr auto expression_interface<Derived>::not_in(Values&&... values) const {
    return make_in<true>(self(), std::forward<Values>(values)...);
}

template <class Derived>
template <class Low, class High>
constexpr auto expression_interface<Derived>::between(Low&& low, High&& high) const {
    auto low_operand = make_operand(std::forward<Low>(low));
    auto high_operand = make_operand(std::forward<High>(high));
    using low_t = decltype(low_operand);
    using high_t = decltype(high_operand);
    static_assert(comparable_v<typename Derived::value_type, typename low_t::value_type> &&
                      comparable_v<typename Derived::value_type, typename high_t::value_type>,
                  "quarry: BETWEEN bounds must have the same type as the expression");
    return between_node<Derived, low_t, high_t>{self(), std::move(low_operand), std::move(high_operand)};
}

template <class Derived>
template <class Pattern>
constexpr auto expression_interface<Derived>::like(Pattern&& pattern) const {
    return make_like<like_node, false>(self(), std::forward<Pattern>(pattern));
}

template <class Derived>
template <class Pattern>
constexpr auto expression_interface<Derived>::not_like(Pattern&& pattern) const {
    return make_like<like_node, true>(self(), std::forward<Pattern>(pattern));
}

template <class Derived>
template <class Pattern>
constexpr auto expression_interface<Derived>::ilike(Pattern&& pattern) const {
    return make_like<ilike_node, false>(self(), std::forward<Pattern>(pattern));
}

template <class Derived>
template <class Pattern>
constexpr auto expression_interface<Derived>::not_ilike(Pattern&& pattern) const {
    return make_like<ilike_node, true>(self(), std::forward<Pattern>(pattern));
}

template <class Derived>
constexpr auto expression_interface<Derived>::is_null() const {
    return null_test<Derived, false>{self()};
}

template <class Derived>
constexpr auto expression_interface<Derived>::is_not_null() const {
    return null_test<Derived, true>{self()};
}

}  // namespace quarry
