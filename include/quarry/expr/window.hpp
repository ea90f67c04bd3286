#pragma once
// A window for window functions and aggregates:
//   sum(posts.id).over(window().partition_by(posts.user_id).order_by(posts.id).rows(unbounded_preceding, current_row))
// A named window is defined once on the SELECT and used by name:
//   auto by_user = window<"by_user">().partition_by(posts.user_id).order_by(posts.id);
//   select(row_number().over(by_user).as(n), ...).from(posts).window(by_user)
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/core/node_list.hpp"
#include "quarry/expr/ordering.hpp"
#include "quarry/expr/window_frame.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/statement/clause/no_clause.hpp"

namespace quarry {

template <class... Exprs>
struct window_partition : facts_of<Exprs...> {
    node_list<Exprs...> exprs;

    template <class W>
    constexpr void render(W& w) const {
        w.write("PARTITION BY ");
        exprs.apply([&](const auto&... expr) { render_list(w, ", ", expr...); });
    }
};

template <class... Items>
struct window_order : facts_of<Items...> {
    static constexpr std::size_t size = sizeof...(Items);
    node_list<Items...> items;

    template <class W>
    constexpr void render(W& w) const {
        w.write("ORDER BY ");
        render_list(w, ", ", items);
    }
};

template <fixed_string Name, class Partition = no_clause, class Order = no_clause, class Frame = no_clause>
struct window_spec : facts_of<Partition, Order, Frame> {
    static constexpr std::string_view name = declared_sql_name(Name.view());
    static constexpr bool is_named = Name.size() != 0;
    static constexpr bool is_ordered = !std::is_same_v<Order, no_clause>;
    static constexpr bool has_frame = !std::is_same_v<Frame, no_clause>;
    // Without a frame, every frame holds the current row.
    static constexpr bool frame_includes_current_row = [] {
        if constexpr (has_frame) return Frame::includes_current_row;
        else return true;
    }();

    Partition partition_{};
    Order order_{};
    Frame frame_{};

    template <class... Exprs>
    constexpr auto partition_by(const Exprs&... exprs) const {
        static_assert(std::is_same_v<Partition, no_clause>, "quarry: a window has one PARTITION BY");
        static_assert(sizeof...(Exprs) > 0 && (expression<Exprs> && ...), "quarry: PARTITION BY takes expressions");
        static_assert(!(contains_window_v<Exprs> || ...), "quarry: PARTITION BY cannot use window functions");
        using partition_t = window_partition<Exprs...>;
        return window_spec<Name, partition_t, Order, Frame>{{}, partition_t{{}, node_list<Exprs...>(exprs...)}, order_,
                                                            frame_};
    }

    template <class... Items>
    constexpr auto order_by(const Items&... items) const {
        static_assert(std::is_same_v<Order, no_clause>, "quarry: a window has one ORDER BY");
        static_assert(sizeof...(Items) > 0 && ((is_sort_item_v<Items> || expression<Items>) && ...),
                      "quarry: ORDER BY takes expressions or sort items such as users.age.desc()");
        static_assert(!(contains_window_v<Items> || ...), "quarry: a window's ORDER BY cannot use window functions");
        using order_t = window_order<sort_item_t<Items>...>;
        return window_spec<Name, Partition, order_t, Frame>{
            {}, partition_, order_t{{}, node_list<sort_item_t<Items>...>(sort_item_t<Items>(items)...)}, frame_};
    }

    // ROWS BETWEEN start AND end; `rows(start)` ends at the current row.
    template <class Start, class End = frame_bound<frame_edge::current_row>>
    constexpr auto rows(Start, End = {}) const {
        return with_frame(make_frame<frame_unit::rows, Start, End>());
    }

    // RANGE BETWEEN start AND end: offsets count in the ORDER BY expression's values.
    template <class Start, class End = frame_bound<frame_edge::current_row>>
    constexpr auto range(Start, End = {}) const {
        auto frame = make_frame<frame_unit::range, Start, End>();
        if constexpr (decltype(frame)::has_offset) {
            constexpr bool one_order_key = [] {
                if constexpr (is_ordered) return Order::size == 1;
                else return false;
            }();
            static_assert(one_order_key,
                          "quarry: RANGE with an offset measures it on the window's one ORDER BY expression; "
                          "call .order_by(x) with exactly one expression before .range(...)");
        }
        return with_frame(frame);
    }

    // What goes between the parentheses: PARTITION BY ... ORDER BY ... ROWS ...
    template <class W>
    constexpr void render_definition(W& w) const {
        bool first = true;
        auto part = [&](const auto& clause) {
            if (!first) w.write(" ");
            first = false;
            clause.render(w);
        };
        if constexpr (!std::is_same_v<Partition, no_clause>) part(partition_);
        if constexpr (is_ordered) part(order_);
        if constexpr (has_frame) part(frame_);
    }

private:
    template <class NewFrame>
    constexpr auto with_frame(NewFrame frame) const {
        static_assert(!has_frame, "quarry: a window has one frame");
        return window_spec<Name, Partition, Order, NewFrame>{{}, partition_, order_, frame};
    }
};

template <class T>
inline constexpr bool is_window_spec_v = false;
template <fixed_string N, class P, class O, class F>
inline constexpr bool is_window_spec_v<window_spec<N, P, O, F>> = true;

// A window written inside OVER (...).
constexpr window_spec<""> window() { return {}; }

// A window named in the SELECT's WINDOW clause and used by name: OVER "name".
template <fixed_string Name>
constexpr window_spec<Name> window() {
    static_assert(Name.size() != 0, "quarry: a named window needs a name");
    return {};
}

}  // namespace quarry
