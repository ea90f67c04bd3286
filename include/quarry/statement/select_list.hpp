#pragma once
// The columns of a SELECT and the typed row they produce.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/alias.hpp"
#include "quarry/expr/value.hpp"
#include "quarry/result/row.hpp"
#include "quarry/schema/table.hpp"

namespace quarry {

// The name a select item gives its result field: a column's or an alias's spec,
// or void for an unnamed expression.
template <class Item>
struct field_spec_of {
    using type = void;
};
template <class Item>
    requires requires { typename Item::field_spec; }
struct field_spec_of<Item> {
    using type = typename Item::field_spec;
};

// Whether a select item can read as NULL, given the tables an outer join may leave empty.
template <class Item, class OuterJoined>
inline constexpr bool field_nullable_v =
    Item::nullable || (!never_null_v<Item> && intersects_v<typename Item::tables, OuterJoined>);

template <class Item, class OuterJoined>
using field_type_t = std::conditional_t<field_nullable_v<Item, OuterJoined>,
                                        std::optional<typename Item::value_type>, typename Item::value_type>;

// The name of an item's result field; empty for an unnamed expression. A variable, not a
// lambda per item: a column's name is then looked up once for every SELECT that lists it.
template <class Item>
inline constexpr std::string_view field_name_v = [] {
    if constexpr (std::is_void_v<typename field_spec_of<Item>::type>) return std::string_view{};
    else return field_spec_of<Item>::type::sql_name;
}();

// Names must be unique, or `row.id` would be ambiguous. Each name goes into a hash table
// twice the list's size: linear, and plain loops without calls, which is what constant
// evaluation is cheap at (sorting the names cost a 200-column SELECT 12 MB of the
// compiler's memory).
template <class... Items>
inline constexpr bool has_unique_names_v = [] {
    const std::string_view names[] = {field_name_v<Items>...};
    constexpr std::size_t slots = std::bit_ceil(2 * sizeof...(Items));
    std::size_t taken[slots] = {};  // 1 + the index in names of the name in a slot; 0 when free
    for (std::size_t n = 0; n != sizeof...(Items); ++n) {
        const std::string_view name = names[n];
        if (name.empty()) continue;
        std::uint64_t hash = 14695981039346656037u;  // FNV-1a
        for (const char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211u;
        std::size_t slot = hash % slots;
        for (; taken[slot] != 0; slot = (slot + 1) % slots) {
            if (names[taken[slot] - 1] == name) return false;
        }
        taken[slot] = n + 1;
    }
    return true;
}();

template <class... Items>
struct select_list : facts_of<Items...> {
    node_list<Items...> items;
    static constexpr bool unique_names = has_unique_names_v<Items...>;
    static constexpr bool binds_nothing = binds_nothing_in_v<Items...>;

    template <class W>
    constexpr void render(W& w) const {
        render_list(w, ", ", items);
    }
};

template <class List, class OuterJoined, class Indices = std::make_index_sequence<decltype(List::items)::size>>
struct row_of;
template <class... Items, class OuterJoined, std::size_t... I>
struct row_of<select_list<Items...>, OuterJoined, std::index_sequence<I...>> {
    using type = row<row_field<I, typename field_spec_of<Items>::type, field_type_t<Items, OuterJoined>>...>;
};

// `select(users.name, all_of(posts), count().as(total))`: all_of expands to the
// table's columns; C++ values become bound parameters.
template <class Item>
inline constexpr bool expands_to_columns_v = requires { typename Item::list; };

// A variable, not a fold in the `if` that asks: g++ checks an `if`'s condition for
// sequence-point warnings in time quadratic in its length (a third of a second for 200 items).
template <class... Items>
inline constexpr bool any_expands_to_columns_v = (expands_to_columns_v<Items> || ...);

template <class Item>
constexpr auto select_item(const Item& item) {
    if constexpr (requires { typename Item::field_spec; } && !expression<Item>) return item;
    else return make_operand(item);
}

template <class Item>
constexpr auto select_items(const Item& item) {
    if constexpr (expands_to_columns_v<Item>)
        return []<class... Columns>(type_list<Columns...>) { return node_list<Columns...>{}; }(typename Item::list{});
    else
        return node_list<decltype(select_item(item))>(select_item(item));
}

template <class... A, class... B>
constexpr node_list<A..., B...> concat_nodes(const node_list<A...>& a, const node_list<B...>& b) {
    return a.apply([&](const A&... first) {
        return b.apply([&](const B&... second) { return node_list<A..., B...>(first..., second...); });
    });
}
template <class List>
constexpr const List& concat_nodes(const List& list) {
    return list;
}
template <class First, class Second, class... Rest>
constexpr auto concat_nodes(const First& first, const Second& second, const Rest&... rest) {
    return concat_nodes(concat_nodes(first, second), rest...);
}

template <class... Items>
constexpr select_list<Items...> as_select_list(node_list<Items...> items) {
    return {{}, std::move(items)};
}

template <class... Items>
constexpr auto make_select_list(const Items&... items) {
    // One pack expansion when no item is an all_of: concatenating a list per item (as
    // std::tuple_cat does) instantiates a list of every length up to the column count,
    // seconds of compile time for a 200-column SELECT.
    if constexpr (!any_expands_to_columns_v<Items...>)
        return as_select_list(node_list<decltype(select_item(items))...>(select_item(items)...));
    else
        return as_select_list(concat_nodes(select_items(items)...));
}

}  // namespace quarry
