#pragma once
// The frame of a window: which rows around the current one an aggregate sees.
//   window().order_by(t.day).rows(preceding<6>, current_row)     the last seven rows
//   window().order_by(t.day).range(unbounded_preceding, current_row)
// Offsets are compile-time constants: they shape the query, like its columns, and
// MariaDB takes no placeholder there.
#include <cstdint>
#include <limits>
#include <string_view>

#include "quarry/expr/expression.hpp"

namespace quarry {

enum class frame_unit { rows, range };
enum class frame_edge { unbounded_preceding, preceding, current_row, following, unbounded_following };

template <frame_edge Edge, std::int64_t Offset = 0>
struct frame_bound {
    static_assert(Offset >= 0, "quarry: a frame offset counts rows or values away from the current row; it is not "
                               "negative (use preceding<n> or following<n>)");
    static constexpr frame_edge edge = Edge;
    static constexpr std::int64_t offset = Offset;

    // Where the bound lies from the current row, to check that a frame starts before it ends.
    static constexpr std::int64_t position = [] {
        switch (Edge) {
            case frame_edge::unbounded_preceding: return std::numeric_limits<std::int64_t>::min();
            case frame_edge::preceding: return -Offset;
            case frame_edge::current_row: return std::int64_t{0};
            case frame_edge::following: return Offset;
            default: return std::numeric_limits<std::int64_t>::max();
        }
    }();

    template <class W>
    static constexpr void render(W& w) {
        switch (Edge) {
            case frame_edge::unbounded_preceding: w.write("UNBOUNDED PRECEDING"); return;
            case frame_edge::current_row: w.write("CURRENT ROW"); return;
            case frame_edge::unbounded_following: w.write("UNBOUNDED FOLLOWING"); return;
            default: break;
        }
        render_offset(w);
        w.write(Edge == frame_edge::preceding ? " PRECEDING" : " FOLLOWING");
    }

    // The offset as SQL digits, written one by one: std::to_chars is not constexpr in g++ 12.
    template <class W>
    static constexpr void render_offset(W& w) {
        char digits[20];
        int count = 0;
        std::int64_t rest = Offset;
        do {
            digits[count++] = static_cast<char>('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        char text[20];
        for (int i = 0; i < count; ++i) text[i] = digits[count - 1 - i];
        w.write(std::string_view(text, static_cast<std::size_t>(count)));
    }
};

inline constexpr frame_bound<frame_edge::unbounded_preceding> unbounded_preceding{};
template <std::int64_t Rows>
inline constexpr frame_bound<frame_edge::preceding, Rows> preceding{};
inline constexpr frame_bound<frame_edge::current_row> current_row{};
template <std::int64_t Rows>
inline constexpr frame_bound<frame_edge::following, Rows> following{};
inline constexpr frame_bound<frame_edge::unbounded_following> unbounded_following{};

template <class T>
inline constexpr bool is_frame_bound_v = false;
template <frame_edge E, std::int64_t O>
inline constexpr bool is_frame_bound_v<frame_bound<E, O>> = true;

// ROWS|RANGE BETWEEN start AND end. Always the BETWEEN form: `ROWS 2 PRECEDING` means
// the same as BETWEEN 2 PRECEDING AND CURRENT ROW, and one spelling is easier to read.
template <frame_unit Unit, class Start, class End>
struct window_frame : leaf_facts {
    // Whether every frame holds the current row, so an aggregate over it sees at least one value.
    static constexpr bool includes_current_row = Start::position <= 0 && End::position >= 0;
    static constexpr bool has_offset =
        Start::edge == frame_edge::preceding || Start::edge == frame_edge::following ||
        End::edge == frame_edge::preceding || End::edge == frame_edge::following;

    template <class W>
    constexpr void render(W& w) const {
        w.write(Unit == frame_unit::rows ? "ROWS BETWEEN " : "RANGE BETWEEN ");
        Start::render(w);
        w.write(" AND ");
        End::render(w);
    }
};

template <frame_unit Unit, class Start, class End>
constexpr auto make_frame() {
    static_assert(is_frame_bound_v<Start> && is_frame_bound_v<End>,
                  "quarry: a frame is bounded by unbounded_preceding, preceding<n>, current_row, following<n> or "
                  "unbounded_following");
    if constexpr (is_frame_bound_v<Start> && is_frame_bound_v<End>) {
        static_assert(Start::edge != frame_edge::unbounded_following && End::edge != frame_edge::unbounded_preceding &&
                          Start::position <= End::position,
                      "quarry: a window frame must start before it ends, such as rows(preceding<2>, current_row)");
    }
    return window_frame<Unit, Start, End>{};
}

}  // namespace quarry
