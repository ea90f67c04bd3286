#pragma once
// `f OVER (window)` and `f OVER name`: a window function, or an aggregate computed
// over a window instead of a group.
//   row_number().over(window().partition_by(posts.user_id).order_by(posts.id))
//   sum(posts.id).over(running)      `running` defined by .window(running) on the SELECT
//
// What the statement checks sees: the function's arguments and the window's
// expressions are per-row columns (they must be grouped in a grouped query), not an
// aggregate; a named window is a name the SELECT must define, checked like a table
// that must be in FROM.
#include <type_traits>
#include <utility>

#include "quarry/expr/interface.hpp"
#include "quarry/expr/window.hpp"

namespace quarry {

// The use of a named window, which the SELECT's WINDOW clause provides.
template <class Window>
struct named_window_use {};

template <class T>
struct is_named_window_use : std::false_type {};
template <class Window>
struct is_named_window_use<named_window_use<Window>> : std::true_type {};

// The named windows among a statement's unprovided tables.
template <class Tables>
using named_window_uses_t = filter_t<Tables, is_named_window_use>;

// The window's part of the facts: all of an inline window, only the name of a named one.
template <class Window, bool Named = Window::is_named>
struct window_use_facts : facts_of<Window> {};
template <class Window>
struct window_use_facts<Window, true> : leaf_facts {
    using tables = type_list<named_window_use<Window>>;
};

template <class Function, class Window>
struct over_node : expression_interface<over_node<Function, Window>> {
    using arguments = typename Function::argument_facts;
    using window_facts = window_use_facts<Window>;

    using tables = concat_t<typename arguments::tables, typename window_facts::tables>;
    using bare_columns = concat_t<typename arguments::bare_columns, typename window_facts::bare_columns>;
    using parameters = concat_t<typename arguments::parameters, typename window_facts::parameters>;
    static constexpr bool contains_aggregate = arguments::contains_aggregate || window_facts::contains_aggregate;
    static constexpr bool contains_window = true;
    static constexpr bool is_dynamic = arguments::is_dynamic || window_facts::is_dynamic;

    using value_type = typename Function::value_type;
    static constexpr bool nullable = Function::nullable_in_window(Window::frame_includes_current_row);
    static constexpr bool never_null = never_null_v<Function>;
    static constexpr int precedence = precedence::atom;

    Function function;
    Window window;

    constexpr over_node() = default;
    constexpr over_node(Function f, Window w) : function(std::move(f)), window(std::move(w)) {}

    template <class W>
    constexpr void render(W& w) const {
        function.render(w);
        if constexpr (Window::is_named) {
            w.write(" OVER ");
            w.identifier(Window::name);
        } else {
            w.write(" OVER (");
            window.render_definition(w);
            w.write(")");
        }
    }
};

template <class Function, class Window>
constexpr auto make_over(const Function& function, const Window& window) {
    static_assert(is_window_spec_v<Window>,
                  "quarry: over(...) takes a window, such as window().partition_by(t.a).order_by(t.b)");
    if constexpr (is_window_spec_v<Window>) {
        static_assert(!contains_window_v<typename Function::argument_facts>,
                      "quarry: a window function's argument cannot be another window function");
        return over_node<Function, Window>{function, window};
    } else {
        return over_node<Function, window_spec<"">>{};  // only to stop follow-on errors
    }
}

}  // namespace quarry
