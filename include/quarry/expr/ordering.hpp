#pragma once
// ORDER BY items: `x.desc()`, `x.asc().nulls_last()`. The direction is part of the
// type, so the SQL text of a static query does not depend on run-time state.
#include <type_traits>
#include <utility>

#include "quarry/expr/expression.hpp"

namespace quarry {

enum class sort_direction { asc, desc };
enum class nulls_order { unspecified, first, last };

template <class Expr, sort_direction Direction = sort_direction::asc,
          nulls_order Nulls = nulls_order::unspecified>
struct sort_item : facts_of<Expr> {
    static constexpr sort_direction direction = Direction;
    static constexpr nulls_order nulls = Nulls;
    static constexpr bool binds_nothing = binds_nothing_in_v<Expr>;

    Expr expr;

    constexpr sort_item() = default;
    constexpr explicit sort_item(Expr e) : expr(std::move(e)) {}

    constexpr auto nulls_first() const { return sort_item<Expr, Direction, nulls_order::first>{expr}; }
    constexpr auto nulls_last() const { return sort_item<Expr, Direction, nulls_order::last>{expr}; }

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::render_sort(w, expr, Direction, Nulls);
    }
};

template <class T>
inline constexpr bool is_sort_item_v = false;
template <class E, sort_direction D, nulls_order N>
inline constexpr bool is_sort_item_v<sort_item<E, D, N>> = true;

// An ORDER BY item: a sort item as it is, a plain expression sorted ascending.
template <class Item>
using sort_item_t = std::conditional_t<is_sort_item_v<Item>, Item, sort_item<Item, sort_direction::asc>>;

}  // namespace quarry
