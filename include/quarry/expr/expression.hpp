#pragma once
// What every node of a query tree provides, and the compile-time facts the
// statements check (tables referenced, aggregates, named parameters).
//
// A node renders itself with `render(writer)`. The same walk serves three writers:
// the SQL text writer (at compile time for static queries), the run-time text
// writer for dynamic ones, and the binder, which ignores text and binds values in
// placeholder order. One walk keeps text and binds in step by construction.
#include <concepts>
#include <string_view>
#include <type_traits>

#include "quarry/core/node_list.hpp"
#include "quarry/core/type_list.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry {

// Binding strength, used to decide where parentheses are needed.
namespace precedence {
inline constexpr int lowest = 0;
inline constexpr int or_ = 1;
inline constexpr int and_ = 2;
inline constexpr int not_ = 3;
inline constexpr int comparison = 4;
inline constexpr int additive = 6;
inline constexpr int multiplicative = 7;
inline constexpr int unary = 8;
inline constexpr int atom = 10;
}  // namespace precedence

// Whether a node holds a window function (`... OVER (...)`), which WHERE, GROUP BY
// and HAVING cannot use. Only facts_of and the OVER node say so; every other node
// holds none.
template <class T>
inline constexpr bool contains_window_v = requires { requires T::contains_window; };

// The bind walk (a writer that says `only_binds`: bind_writer) visits a tree for its values
// alone. A node that never holds one says `binds_nothing`, and the walk skips it, so that
// the compiler never builds its bind code: a column, a table, and a node whose only members
// are children that say it (binds_nothing_in_v), such as an ORDER BY of columns. Each such
// node says so itself; the engine checks that a static statement binds every placeholder.
template <class T>
inline constexpr bool binds_nothing_v = requires { requires T::binds_nothing; };

// For a node whose only members are these children.
template <class... Children>
inline constexpr bool binds_nothing_in_v = (binds_nothing_v<Children> && ...);

// Whether W is the bind walk's writer.
template <class W>
inline constexpr bool only_binds_v = requires { requires W::only_binds; };

template <class W, class... Nodes>
inline constexpr bool bind_walk_skips_v = only_binds_v<W> && (binds_nothing_v<Nodes> && ...);

// Facts of a node without children: a value, a parameter, COUNT(*).
struct leaf_facts {
    using tables = type_list<>;
    using bare_columns = type_list<>;
    using parameters = type_list<>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = false;
};

// Facts of a node that only combines its children.
template <class... Children>
struct facts_of {
    using tables = concat_t<typename Children::tables...>;
    using bare_columns = concat_t<typename Children::bare_columns...>;
    using parameters = concat_t<typename Children::parameters...>;
    static constexpr bool contains_aggregate = (Children::contains_aggregate || ...);
    static constexpr bool contains_window = (contains_window_v<Children> || ...);
    static constexpr bool is_dynamic = (Children::is_dynamic || ...);
};

template <class T>
concept node = requires {
    typename T::tables;
    typename T::bare_columns;
    typename T::parameters;
    T::contains_aggregate;
};

template <class T>
concept expression = node<T> && requires {
    typename T::value_type;
    { T::nullable } -> std::convertible_to<bool>;
    { T::precedence } -> std::convertible_to<int>;
};

template <class T>
concept boolean_expression = expression<T> && std::same_as<typename T::value_type, bool>;

// Whether an expression can be NULL although all its inputs are not, for example
// MAX over no rows. Nodes that can never be NULL (COUNT) say so.
template <class T>
inline constexpr bool never_null_v = requires { requires T::never_null; };

// Renders `child`, in parentheses when it binds less tightly than `min_precedence`.
template <class W, class Child>
constexpr void render_operand(W& w, const Child& child, int min_precedence) {
    if constexpr (bind_walk_skips_v<W, Child>) {
        return;
    } else if (Child::precedence < min_precedence) {
        w.write("(");
        child.render(w);
        w.write(")");
    } else {
        child.render(w);
    }
}

// Renders children separated by `separator`; the bind walk, which writes no separator,
// visits them in one plain fold (a 200-value INSERT costs the compiler less without the
// 200 tests of whether to write one).
template <class W, class... Children>
constexpr void render_list(W& w, std::string_view separator, const Children&... children) {
    if constexpr (only_binds_v<W>) {
        if constexpr (!bind_walk_skips_v<W, Children...>) (children.render(w), ...);
    } else {
        bool first = true;
        ((first ? void(first = false) : w.write(separator), children.render(w)), ...);
    }
}

// The same for the nodes of a list; the bind walk skips a list of columns without expanding it.
template <class W, class... Items>
constexpr void render_list(W& w, std::string_view separator, const node_list<Items...>& items) {
    if constexpr (!bind_walk_skips_v<W, Items...>)
        items.apply([&](const auto&... item) { render_list(w, separator, item...); });
}

}  // namespace quarry
