#pragma once
// Checks shared by INSERT and UPDATE on the columns they assign.
#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include "quarry/core/type_list.hpp"
#include "quarry/schema/column.hpp"

namespace quarry {

namespace detail {
template <std::size_t I, class Spec>
struct spec_at {};

// A table's column specs as bases, each with its position.
template <class Specs, class Indices = std::make_index_sequence<Specs::size>>
struct spec_positions;
template <class... Specs, std::size_t... I>
struct spec_positions<type_list<Specs...>, std::index_sequence<I...>> : spec_at<I, Specs>... {};

// The position of Spec among the table's columns, deduced from the base that names it: the
// compiler's own base lookup, rather than comparing Spec with every column type by type.
template <class Spec, std::size_t I>
std::integral_constant<std::size_t, I> position_of(const spec_at<I, Spec>*);

// Whether Columns, of Table, include every column an INSERT must give a value (NOT NULL,
// without a default, not auto-increment). Linear: one flag per column of the table.
template <class Table, class... Columns>
constexpr bool gives_required_columns() {
    using specs = typename Table::definition::column_specs;
    using positions = spec_positions<specs>;
    std::array<bool, specs::size> given{};
    ((given[decltype(position_of<typename Columns::spec>(std::declval<const positions*>()))::value] = true), ...);
    return [&]<class... Specs>(type_list<Specs...>) {
        std::size_t i = 0;
        return ((given[i++] || !column_facts<Specs>::required_on_insert) && ...);
    }(specs{});
}
}  // namespace detail

template <class Table, class... Columns>
constexpr bool check_insert_columns() {
    constexpr bool same_table = (std::is_same_v<typename Columns::table_type, Table> && ...);
    static_assert(same_table, "quarry: INSERT names a column of another table");
    if constexpr (same_table) {
        static_assert(detail::gives_required_columns<Table, Columns...>(),
                      "quarry: INSERT leaves out a NOT NULL column that has no default; give it a value");
    }
    return true;
}

}  // namespace quarry
