#pragma once
// Window functions. Each is an expression only with its window: `row_number()` alone
// does not compile, `row_number().over(w)` does.
//   row_number(), rank(), dense_rank()      BIGINT, never NULL
//   lag(x), lead(x)                         x one row back or ahead; NULL past the partition's edge
//   lag<3>(x), lead<3>(x, otherwise)        three rows away; `otherwise` instead of NULL there
//   first_value(x), last_value(x)           x in the frame's first or last row
// Aggregates take a window the same way: sum(x).over(w), count().over(w).
#include <cstdint>
#include <string_view>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/over.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

// LAG or LEAD with a value for rows past the partition's edge, as a feature a dialect may lack.
struct lag_lead_default_feature {};

// A window function with its arguments, waiting for .over(window).
template <class Fn, class... Args>
struct window_call {
    static constexpr bool needs_over = true;
    using value_type = typename Fn::template result<typename Args::value_type...>;
    using argument_facts = facts_of<Args...>;
    static constexpr bool never_null = Fn::never_null;

    node_list<Args...> args;

    static constexpr bool nullable_in_window(bool current_row_in_frame) {
        return Fn::template nullable<Args...>(current_row_in_frame);
    }

    template <class Window>
    constexpr auto over(const Window& window) const {
        if constexpr (is_window_spec_v<Window>) Fn::template check_window<Window>();
        return make_over(*this, window);
    }

    template <class W>
    constexpr void render(W& w) const {
        args.apply([&](const auto&... arg) { Fn::render(w, arg...); });
    }
};

namespace window_fn {
// ROW_NUMBER, RANK and DENSE_RANK number the rows of the window's order.
template <class Name>
struct ranking {
    template <class...>
    using result = std::int64_t;
    static constexpr bool never_null = true;
    template <class...>
    static constexpr bool nullable(bool) {
        return false;
    }
    template <class Window>
    static constexpr void check_window() {
        static_assert(!Window::has_frame,
                      "quarry: ROW_NUMBER, RANK, DENSE_RANK, LAG and LEAD ignore the window's frame, and MariaDB "
                      "refuses one; give them a window without .rows(...) or .range(...)");
    }
    template <class W>
    static constexpr void render(W& w) {
        w.write(Name::sql);
        w.write("()");
    }
};

struct row_number_name { static constexpr std::string_view sql = "ROW_NUMBER"; };
struct rank_name { static constexpr std::string_view sql = "RANK"; };
struct dense_rank_name { static constexpr std::string_view sql = "DENSE_RANK"; };

// LAG(x, offset[, otherwise]) and LEAD: the offset is a constant, as MariaDB requires.
template <class Name, std::int64_t Offset>
struct shift {
    template <class X, class...>
    using result = X;
    static constexpr bool never_null = false;
    template <class X, class... Otherwise>
    static constexpr bool nullable(bool) {
        return sizeof...(Otherwise) == 0 || X::nullable || (Otherwise::nullable || ...);
    }
    template <class Window>
    static constexpr void check_window() {
        ranking<Name>::template check_window<Window>();
        static_assert(Window::is_ordered,
                      "quarry: LAG and LEAD need ORDER BY in their window; without it no row is the previous one");
    }
    template <class W, class X, class... Otherwise>
    static constexpr void render(W& w, const X& x, const Otherwise&... otherwise) {
        if constexpr (sizeof...(Otherwise) != 0) W::dialect::template require<lag_lead_default_feature>();
        w.write(Name::sql);
        w.write("(");
        x.render(w);
        if constexpr (Offset != 1 || sizeof...(Otherwise) != 0) {
            w.write(", ");
            frame_bound<frame_edge::preceding, Offset>::render_offset(w);
        }
        ((w.write(", "), otherwise.render(w)), ...);
        w.write(")");
    }
};

struct lag_name { static constexpr std::string_view sql = "LAG"; };
struct lead_name { static constexpr std::string_view sql = "LEAD"; };

// FIRST_VALUE and LAST_VALUE: NULL only for a NULL value or an empty frame.
template <class Name>
struct frame_value {
    template <class X>
    using result = X;
    static constexpr bool never_null = false;
    template <class X>
    static constexpr bool nullable(bool current_row_in_frame) {
        return X::nullable || !current_row_in_frame;
    }
    template <class Window>
    static constexpr void check_window() {}
    template <class W, class X>
    static constexpr void render(W& w, const X& x) {
        w.write(Name::sql);
        w.write("(");
        x.render(w);
        w.write(")");
    }
};

struct first_value_name { static constexpr std::string_view sql = "FIRST_VALUE"; };
struct last_value_name { static constexpr std::string_view sql = "LAST_VALUE"; };
}  // namespace window_fn

template <class Fn, class... Args>
constexpr auto make_window_call(Args&&... args) {
    using call_t = window_call<Fn, operand_t<Args>...>;
    return call_t{node_list<operand_t<Args>...>(make_operand(std::forward<Args>(args))...)};
}

constexpr auto row_number() { return window_call<window_fn::ranking<window_fn::row_number_name>>{}; }
constexpr auto rank() { return window_call<window_fn::ranking<window_fn::rank_name>>{}; }
constexpr auto dense_rank() { return window_call<window_fn::ranking<window_fn::dense_rank_name>>{}; }

template <class Name, std::int64_t Offset, class X, class... Otherwise>
constexpr auto make_shift(X&& x, Otherwise&&... otherwise) {
    static_assert(expression<operand_t<X>>, "quarry: LAG and LEAD take an expression");
    static_assert((comparable_v<typename operand_t<X>::value_type, typename operand_t<Otherwise>::value_type> && ...),
                  "quarry: LAG's and LEAD's value past the edge must have the type of the expression");
    return make_window_call<window_fn::shift<Name, Offset>>(std::forward<X>(x), std::forward<Otherwise>(otherwise)...);
}

// `lag(x)` is one row back; `lag<3>(x)` three. The offset is a template argument, so
// `lag<1>(x, 0)` gives the value past the edge and `lag(x, 2)` does not compile.
template <std::int64_t Offset = 1, class X>
constexpr auto lag(X&& x) {
    return make_shift<window_fn::lag_name, Offset>(std::forward<X>(x));
}
template <std::int64_t Offset, class X, class Otherwise>
constexpr auto lag(X&& x, Otherwise&& otherwise) {
    return make_shift<window_fn::lag_name, Offset>(std::forward<X>(x), std::forward<Otherwise>(otherwise));
}
// `lag(x, 2)` reads like SQL's offset 2 but would be the value past the edge: refused.
template <class X, class Otherwise>
constexpr auto lag(X&& x, Otherwise&&) {
    static_assert(sizeof(X) == 0, "quarry: LAG's offset is a template argument: lag<2>(x); with a value past the "
                                  "edge, lag<1>(x, value)");
    return lag(std::forward<X>(x));  // only to stop follow-on errors
}
template <std::int64_t Offset = 1, class X>
constexpr auto lead(X&& x) {
    return make_shift<window_fn::lead_name, Offset>(std::forward<X>(x));
}
template <std::int64_t Offset, class X, class Otherwise>
constexpr auto lead(X&& x, Otherwise&& otherwise) {
    return make_shift<window_fn::lead_name, Offset>(std::forward<X>(x), std::forward<Otherwise>(otherwise));
}

template <class X, class Otherwise>
constexpr auto lead(X&& x, Otherwise&&) {
    static_assert(sizeof(X) == 0, "quarry: LEAD's offset is a template argument: lead<2>(x); with a value past the "
                                  "edge, lead<1>(x, value)");
    return lead(std::forward<X>(x));  // only to stop follow-on errors
}

template <class X>
constexpr auto first_value(X&& x) {
    static_assert(expression<operand_t<X>>, "quarry: FIRST_VALUE takes an expression");
    return make_window_call<window_fn::frame_value<window_fn::first_value_name>>(std::forward<X>(x));
}
template <class X>
constexpr auto last_value(X&& x) {
    static_assert(expression<operand_t<X>>, "quarry: LAST_VALUE takes an expression");
    return make_window_call<window_fn::frame_value<window_fn::last_value_name>>(std::forward<X>(x));
}

}  // namespace quarry
