#pragma once
// An expression written as SQL text, for what the DSL cannot say, typed by its result:
//   select(users.name).from(users).where(unsafe_sql_expr<bool>("? @> ?", users.tags, wanted))
// Each `?` is an operand: a C++ value is bound, a Quarry expression (a column) is
// written in place, so its table is checked against FROM like any other. The text
// rules are in render/verbatim_text.hpp; the text itself is never checked, hence the name.
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/value.hpp"
#include "quarry/render/verbatim_text.hpp"

namespace quarry {

template <class T, class... Operands>
struct unsafe_sql_expr_node : facts_of<Operands...>, expression_interface<unsafe_sql_expr_node<T, Operands...>> {
    using value_type = remove_optional_t<T>;
    static constexpr bool nullable = is_optional_v<T>;
    // Unknown text binds loosest: parenthesized wherever it is an operand.
    static constexpr int precedence = precedence::lowest;
    // The text is a run-time value of the node, not part of its type.
    static constexpr bool is_dynamic = true;

    std::string_view text;
    node_list<Operands...> operands;

    template <class W>
    constexpr void render(W& w) const {
        operands.apply([&](const auto&... operand) { render_verbatim(w, text, operand...); });
    }
};

// T is the expression's C++ type: std::optional<U> if it can be NULL.
template <class T, class... Operands>
constexpr auto unsafe_sql_expr(std::type_identity_t<verbatim_text<sizeof...(Operands)>> text, Operands&&... operands) {
    static_assert(bindable<remove_optional_t<T>>,
                  "quarry: unsafe_sql_expr<T> needs a value type for T, such as bool or std::optional<std::string>");
    return unsafe_sql_expr_node<T, operand_t<Operands>...>{
        {}, {}, text.text(), node_list<operand_t<Operands>...>(make_operand(std::forward<Operands>(operands))...)};
}

}  // namespace quarry
