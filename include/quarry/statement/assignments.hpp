#pragma once
// Checks shared by INSERT and UPDATE on the columns they assign.
#include <type_traits>

#include "quarry/core/type_list.hpp"
#include "quarry/schema/column.hpp"

namespace quarry {

// The columns an INSERT must give a value: NOT NULL, without a default, not auto-increment.
template <class Table, class Specs = typename Table::definition::column_specs>
struct required_columns;
template <class Table, class... Specs>
struct required_columns<Table, type_list<Specs...>> {
    using type = concat_t<std::conditional_t<column_facts<Specs>::required_on_insert, type_list<column<Table, Specs>>,
                                             type_list<>>...>;
};

template <class Table, class... Columns>
constexpr bool check_insert_columns() {
    static_assert((std::is_same_v<typename Columns::table_type, Table> && ...),
                  "quarry: INSERT names a column of another table");
    static_assert(is_subset_v<typename required_columns<Table>::type, type_list<Columns...>>,
                  "quarry: INSERT leaves out a NOT NULL column that has no default; give it a value");
    return true;
}

}  // namespace quarry
