#pragma once
// ORDER BY one of a fixed list of expressions, picked at run time, in a direction
// picked at run time:
//   enum class user_order { name, age };  // each enumerator's value is its column's index
//   select(users.name).from(users).order_by(choose(form.order, users.name, users.age).sort(form.direction))
// The key is an enum or an index, never a name: what reaches the SQL text is one of the
// listed expressions, each checked at compile time (its table must be in FROM). A key
// past the list throws std::out_of_range where choose(...) is called.
#include <cstddef>
#include <stdexcept>
#include <type_traits>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/ordering.hpp"

namespace quarry {

template <class... Exprs>
struct chosen_sort : facts_of<Exprs...> {
    static constexpr bool is_dynamic = true;

    node_list<Exprs...> choices;
    std::size_t index = 0;
    sort_direction direction = sort_direction::asc;

    template <class W>
    constexpr void render(W& w) const {
        choices.apply([&](const auto&... choice) {
            std::size_t i = 0;
            ((i++ == index ? W::dialect::render_sort(w, choice, direction, nulls_order::unspecified) : void()), ...);
        });
    }
};

template <class... Exprs>
inline constexpr bool is_sort_item_v<chosen_sort<Exprs...>> = true;

// choose(key, exprs...): the chosen expression, waiting for its direction.
template <class... Exprs>
struct sort_choice {
    node_list<Exprs...> choices;
    std::size_t index = 0;

    constexpr auto sort(sort_direction direction) const { return chosen_sort<Exprs...>{{}, choices, index, direction}; }
    constexpr auto asc() const { return sort(sort_direction::asc); }
    constexpr auto desc() const { return sort(sort_direction::desc); }
};

template <class Key, class... Exprs>
constexpr auto choose(Key key, const Exprs&... exprs) {
    static_assert(std::is_enum_v<Key> || std::is_integral_v<Key>,
                  "quarry: choose(key, ...) picks by an enum or an index; a run-time name never becomes an "
                  "identifier, so list the columns to choose from");
    static_assert(sizeof...(Exprs) > 0 && (expression<Exprs> && ...),
                  "quarry: choose(key, ...) chooses among expressions, such as users.name, users.age");
    if constexpr (std::is_enum_v<Key> || std::is_integral_v<Key>) {
        const auto index = static_cast<std::size_t>(key);  // a negative key wraps past the list
        if (index >= sizeof...(Exprs)) throw std::out_of_range("quarry: choose(key, ...) got a key past its list");
        return sort_choice<Exprs...>{node_list<Exprs...>(exprs...), index};
    } else {
        return sort_choice<Exprs...>{};  // only to stop follow-on errors
    }
}

}  // namespace quarry
