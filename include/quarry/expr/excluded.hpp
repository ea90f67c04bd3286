#pragma once
// The row an upsert meant to insert, inside its DO UPDATE: `excluded(users.age)`.
// SQLite and PostgreSQL spell it excluded."age"; MySQL and MariaDB VALUES(`age`).
#include <string_view>

#include "quarry/expr/interface.hpp"
#include "quarry/schema/table.hpp"

namespace quarry {

// The excluded row of a table, as a table only an upsert's DO UPDATE provides.
template <class Table>
struct excluded_row {};

template <class Column>
struct excluded_column : leaf_facts, expression_interface<excluded_column<Column>> {
    using tables = type_list<excluded_row<typename Column::table_type>>;
    using value_type = typename Column::value_type;
    static constexpr bool nullable = Column::nullable;
    static constexpr int precedence = precedence::atom;

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::render_excluded(w, Column::spec::sql_name);
    }
};

template <class Column>
constexpr auto excluded(const Column&) {
    constexpr bool table_column = [] {
        if constexpr (requires { typename Column::table_type; }) return is_table_v<typename Column::table_type>;
        else return false;
    }();
    static_assert(table_column,
                  "quarry: excluded(...) takes a column of the inserted table, such as excluded(users.age)");
    return excluded_column<Column>{};
}

}  // namespace quarry
