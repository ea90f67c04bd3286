#pragma once
// WINDOW name AS (...), ...: the named windows a SELECT's OVER clauses use.
//   auto by_user = window<"by_user">().partition_by(posts.user_id).order_by(posts.id);
//   select(row_number().over(by_user).as(n), lag(posts.title).over(by_user).as(previous))
//       .from(posts).window(by_user)
#include "quarry/core/node_list.hpp"
#include "quarry/expr/over.hpp"

namespace quarry {

template <class... Windows>
struct window_clause : facts_of<Windows...> {
    using defined_windows = type_list<named_window_use<Windows>...>;

    node_list<Windows...> windows;

    template <class W>
    constexpr void render(W& w) const {
        w.write(" WINDOW ");
        windows.apply([&](const auto&... window) {
            bool first = true;
            ((first ? void(first = false) : w.write(", "), w.identifier(window.name), w.write(" AS ("),
              window.render_definition(w), w.write(")")),
             ...);
        });
    }
};

// The windows a SELECT defines: none without a WINDOW clause.
template <class Clause>
struct defined_windows_of {
    using type = type_list<>;
};
template <class... Windows>
struct defined_windows_of<window_clause<Windows...>> {
    using type = typename window_clause<Windows...>::defined_windows;
};

template <class... Windows>
constexpr auto make_window_clause(const Windows&... windows) {
    static_assert(sizeof...(Windows) > 0 && ((is_window_spec_v<Windows> && Windows::is_named) && ...),
                  "quarry: .window(...) defines named windows, such as window<\"w\">().order_by(t.id)");
    return window_clause<Windows...>{{}, node_list<Windows...>(windows...)};
}

}  // namespace quarry
