#pragma once
// The member functions every expression offers: `x.in(...)`, `x.like(...)`,
// `x.as(alias)`, `x.desc()` and so on. They are defined in interface_methods.hpp,
// after the nodes they build, because those nodes derive from this interface.
#include "quarry/expr/expression.hpp"

namespace quarry {

template <class Derived>
struct expression_interface {
    template <class Alias>
    constexpr auto as(Alias) const;

    constexpr auto asc() const;
    constexpr auto desc() const;

    template <class... Values>
    constexpr auto in(Values&&... values) const;
    template <class... Values>
    constexpr auto not_in(Values&&... values) const;

    template <class Low, class High>
    constexpr auto between(Low&& low, High&& high) const;

    template <class Pattern>
    constexpr auto like(Pattern&& pattern) const;
    template <class Pattern>
    constexpr auto not_like(Pattern&& pattern) const;
    // Case-insensitive on every dialect.
    template <class Pattern>
    constexpr auto ilike(Pattern&& pattern) const;
    template <class Pattern>
    constexpr auto not_ilike(Pattern&& pattern) const;

    constexpr auto is_null() const;
    constexpr auto is_not_null() const;

protected:
    constexpr const Derived& self() const { return static_cast<const Derived&>(*this); }
};

}  // namespace quarry
