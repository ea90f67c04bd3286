#pragma once
// The writers a query tree renders into. sql_writer produces the SQL text, in a
// std::string or, at compile time, in a static_text; bind_writer produces nothing but
// hands each value to a driver's binder, in placeholder order. A node's render() serves
// both.
#include <string>
#include <string_view>

#include "quarry/render/identifier_rules.hpp"

namespace quarry {

template <class Dialect, class Text = std::string>
struct sql_writer {
    using dialect = Dialect;

    Text text;
    int placeholder_count = 0;

    constexpr void write(std::string_view s) { append_text(text, s); }
    // Takes declared names only: each was checked where it was declared (declared_sql_name
    // in identifier_rules.hpp), so only the dialect's length is left, and quoting can be plain.
    constexpr void identifier(std::string_view name) {
        Dialect::check_identifier_length(name);
        Dialect::quote_identifier(text, name);
    }

    template <class T>
    constexpr void value(const T&) {
        Dialect::placeholder(text, ++placeholder_count);
    }
    template <class Parameter>
    constexpr void parameter(const Parameter&) {
        Dialect::placeholder(text, ++placeholder_count);
    }
};

// Binder provides bind(index, value) for every value type, with 1-based indexes,
// and bind_parameter(index, parameter_node) for named parameters.
template <class Dialect, class Binder>
struct bind_writer {
    using dialect = Dialect;
    static constexpr bool only_binds = true;  // see bind_walk_skips_v

    Binder& binder;
    int index = 0;

    constexpr void write(std::string_view) {}
    constexpr void identifier(std::string_view) {}

    template <class T>
    void value(const T& v) {
        binder.bind(++index, v);
    }
    template <class Parameter>
    void parameter(const Parameter& p) {
        binder.bind_parameter(++index, p);
    }
};

}  // namespace quarry
