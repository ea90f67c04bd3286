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

template <class... Specs>
constexpr std::array<bool, sizeof...(Specs)> required_on_insert(type_list<Specs...>) {
    return {column_facts<Specs>::required_on_insert...};
}

// Whether Columns, of Table, include every column an INSERT must give a value (NOT NULL,
// without a default, not auto-increment). Linear: one flag per column of the table. Arrays
// and loops, not folds: the compiler walks a fold over 200 columns whole, each time it
// evaluates the function.
template <class Table, class... Columns>
constexpr bool gives_required_columns() {
    using specs = typename Table::definition::column_specs;
    using positions = spec_positions<specs>;
    // Each given column's position; the trailing 0, never read, keeps the array non-empty.
    constexpr std::size_t given_at[] = {
        decltype(position_of<typename Columns::spec>(std::declval<const positions*>()))::value..., 0};
    constexpr std::array<bool, specs::size> required = required_on_insert(specs{});
    std::array<bool, specs::size> given{};
    for (std::size_t k = 0; k != sizeof...(Columns); ++k) given[given_at[k]] = true;
    for (std::size_t i = 0; i != specs::size; ++i) {
        if (required[i] && !given[i]) return false;
    }
    return true;
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
