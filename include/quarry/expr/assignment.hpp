#pragma once
// `column = value` in UPDATE ... SET and INSERT ... SET. The column renders without
// its table, as SET and INSERT column lists require.
#include <optional>
#include <type_traits>
#include <utility>

#include "quarry/expr/value.hpp"

namespace quarry {

template <class Column, class Value>
struct assignment : facts_of<Value> {
    using column_type = Column;

    Value value;

    constexpr assignment() = default;
    constexpr explicit assignment(Value v) : value(std::move(v)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(Column::spec::sql_name);
        w.write(" = ");
        value.render(w);
    }
};

template <class T>
inline constexpr bool is_assignment_v = false;
template <class C, class V>
inline constexpr bool is_assignment_v<assignment<C, V>> = true;

template <class Column, class V>
constexpr auto make_assignment(V&& v) {
    using plain = std::remove_cvref_t<V>;
    if constexpr (std::is_same_v<plain, std::nullopt_t>) {
        static_assert(Column::nullable, "quarry: cannot assign NULL to a NOT NULL column");
        return assignment<Column, null_node>{null_node{}};
    } else {
        using value_t = operand_t<V>;
        static_assert(category_v<typename Column::value_type> == category_v<typename value_t::value_type> ||
                          (category_v<typename Column::value_type> == category::real &&
                           category_v<typename value_t::value_type> == category::integer),
                      "quarry: the assigned value's type does not match the column's type");
        static_assert(Column::nullable || !value_t::nullable,
                      "quarry: cannot assign a value that may be NULL to a NOT NULL column");
        return assignment<Column, value_t>{make_operand(std::forward<V>(v))};
    }
}

}  // namespace quarry
