#pragma once
// The columns of a SELECT and the typed row they produce.
#include <cstddef>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/alias.hpp"
#include "quarry/expr/value.hpp"
#include "quarry/result/row.hpp"
#include "quarry/schema/table.hpp"

namespace quarry {

template <class... Items>
struct select_list : facts_of<Items...> {
    node_list<Items...> items;

    template <class W>
    constexpr void render(W& w) const {
        items.apply([&](const auto&... item) { render_list(w, ", ", item...); });
    }
};

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

template <class List, class OuterJoined, class Indices = std::make_index_sequence<decltype(List::items)::size>>
struct row_of;
template <class... Items, class OuterJoined, std::size_t... I>
struct row_of<select_list<Items...>, OuterJoined, std::index_sequence<I...>> {
    using type = row<row_field<I, typename field_spec_of<Items>::type, field_type_t<Items, OuterJoined>>...>;
};

// Names must be unique, or `row.id` would be ambiguous.
template <class... Items>
inline constexpr bool has_unique_names_v = [] {
    constexpr std::string_view names[] = {[] {
        if constexpr (std::is_void_v<typename field_spec_of<Items>::type>) return std::string_view{};
        else return field_spec_of<Items>::type::sql_name;
    }()...};
    for (std::size_t i = 0; i < sizeof...(Items); ++i)
        for (std::size_t j = i + 1; j < sizeof...(Items); ++j)
            if (!names[i].empty() && names[i] == names[j]) return false;
    return true;
}();

// `select(users.name, all_of(posts), count().as(total))`: all_of expands to the
// table's columns; C++ values become bound parameters.
template <class Item>
constexpr auto select_items(const Item& item) {
    if constexpr (requires { typename Item::list; }) {
        return []<class... Columns>(type_list<Columns...>) { return std::tuple<Columns...>{}; }(
            typename Item::list{});
    } else if constexpr (requires { typename Item::field_spec; } && !expression<Item>) {
        return std::tuple<Item>{item};
    } else {
        return std::tuple<operand_t<const Item&>>{make_operand(item)};
    }
}

template <class Tuple>
struct select_list_from;
template <class... Items>
struct select_list_from<std::tuple<Items...>> {
    using type = select_list<Items...>;

    static constexpr type make(std::tuple<Items...> items) {
        return std::apply([](Items&... item) { return type{{}, node_list<Items...>(std::move(item)...)}; }, items);
    }
};


}  // namespace quarry
