#pragma once
// WHERE over conditions some of which are chosen at run time:
//   select(users.name).from(users)
//       .where(if_set(form.name, [](const std::string& n) { return users.name.like(n); }),
//              if_set(form.min_age, [](std::int32_t a) { return users.age >= a; }),
//              users.id > 0)
// writes the chosen ones joined by AND, and no WHERE at all when none is chosen.
// Every condition, chosen or not, is checked at compile time (types, tables in FROM).
// With an optional condition among them the text depends on the choices, so the
// statement is dynamic: rendered at run time, and cached by its text. Plain conditions
// alone keep it static.
#include <type_traits>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/optional_condition.hpp"

namespace quarry {

// Whether a condition appears in the text: a plain one always does.
template <class Item>
constexpr bool is_chosen(const Item& item) {
    if constexpr (is_optional_condition_v<Item>)
        return item.chosen;
    else
        return true;
}

template <class... Items>
struct chosen_where_clause : facts_of<Items...> {
    // The tables that the conditions always present reference: the columns of an
    // optional join may appear only in conditions that can be left out with it.
    using always_tables =
        concat_t<std::conditional_t<is_optional_condition_v<Items>, type_list<>, typename Items::tables>...>;

    node_list<Items...> items;

    template <class W>
    constexpr void render(W& w) const {
        items.apply([&](const auto&... item) {
            bool first = true;
            ((is_chosen(item) ? (w.write(first ? " WHERE " : " AND "), first = false,
                                 render_operand(w, item, precedence::and_))
                              : void()),
             ...);
        });
    }
};

// A condition as chosen_where_clause keeps it: an optional one as it is.
template <class Condition>
struct chosen_item {
    using type = operand_t<Condition>;
};
template <class Condition>
    requires is_optional_condition_v<std::remove_cvref_t<Condition>>
struct chosen_item<Condition> {
    using type = std::remove_cvref_t<Condition>;
};
template <class Condition>
using chosen_item_t = typename chosen_item<Condition>::type;

template <class Condition>
constexpr chosen_item_t<Condition> make_chosen_item(Condition&& condition) {
    using item_t = chosen_item_t<Condition>;
    static_assert(is_optional_condition_v<item_t> || boolean_expression<item_t>, "quarry: WHERE takes conditions");
    static_assert(!item_t::contains_aggregate, "quarry: WHERE cannot use aggregates; use HAVING");
    static_assert(!contains_window_v<item_t>,
                  "quarry: WHERE cannot use window functions; filter their rows in an outer query over a "
                  "subquery or CTE");
    if constexpr (is_optional_condition_v<item_t>)
        return std::forward<Condition>(condition);
    else
        return make_operand(std::forward<Condition>(condition));
}

template <class... Conditions>
constexpr auto make_chosen_where(Conditions&&... conditions) {
    using clause_t = chosen_where_clause<chosen_item_t<Conditions>...>;
    return clause_t{{}, node_list<chosen_item_t<Conditions>...>(make_chosen_item(std::forward<Conditions>(conditions))...)};
}

// The tables a WHERE references in every run.
template <class Where>
struct always_referenced_tables {
    using type = typename Where::tables;
};
template <class... Items>
struct always_referenced_tables<chosen_where_clause<Items...>> {
    using type = typename chosen_where_clause<Items...>::always_tables;
};

}  // namespace quarry
