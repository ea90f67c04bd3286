#pragma once
// INSERT from structs: each field writes the column of its name.
//   db(insert_into(users).values(ann));           one row: its SQL is fixed, so it is prepared once
//   db(insert_into(users).values(new_users));     a std::vector (or any range) of structs: one multi-row INSERT
// Every value is a bound parameter. The auto-increment key is left to the database;
// quarry::insert(db, table, row) (mapping/insert.hpp) also writes it back. The
// statement keeps its own copy of the rows, as every statement keeps its values.
#include <cstddef>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

#include "quarry/engine/error.hpp"
#include "quarry/expr/expression.hpp"
#include "quarry/mapping/write_plan.hpp"
#include "quarry/statement/insert.hpp"

namespace quarry::mapping {

// " (a, b) VALUES " with the columns the plan inserts.
template <class Plan, class W>
constexpr void render_insert_columns(W& w) {
    w.write(" (");
    [&]<std::size_t... N>(std::index_sequence<N...>) {
        bool first = true;
        ((first ? void(first = false) : w.write(", "),
          w.identifier(Plan::template spec<Plan::insert_columns[N]>::sql_name)),
         ...);
    }(std::make_index_sequence<Plan::insert_columns.size()>{});
    w.write(") VALUES ");
}

// "(?, ?)": one row's values.
template <class Plan, class W, class Struct>
constexpr void render_insert_values(W& w, const Struct& row) {
    w.write("(");
    [&]<std::size_t... N>(std::index_sequence<N...>) {
        bool first = true;
        ((first ? void(first = false) : w.write(", "), w.value(Plan::template field<Plan::insert_columns[N]>(row))),
         ...);
    }(std::make_index_sequence<Plan::insert_columns.size()>{});
    w.write(")");
}

// One struct: static SQL, prepared once per connection.
template <class Table, class Struct>
struct struct_insert_row : leaf_facts {
    using plan = write_plan<Table, Struct>;

    Struct row{};

    static constexpr bool check_complete() { return true; }

    template <class W>
    constexpr void render(W& w) const {
        render_insert_columns<plan>(w);
        render_insert_values<plan>(w, row);
    }
};

// Many structs: SQL that grows with the number of rows. Rows is a std::vector of its
// own, or a std::span over the caller's when quarry::insert runs it at once.
template <class Table, class Struct, class Rows>
struct struct_insert_rows : leaf_facts {
    using plan = write_plan<Table, Struct>;
    static constexpr bool is_dynamic = true;

    Rows rows;

    static constexpr bool check_complete() { return true; }

    template <class W>
    void render(W& w) const {
        if (rows.empty()) throw usage_error("quarry: INSERT ... values(rows) has no rows to insert");
        render_insert_columns<plan>(w);
        bool first = true;
        for (const Struct& row : rows) {
            if (!first) w.write(", ");
            first = false;
            render_insert_values<plan>(w, row);
        }
    }
};

template <class T>
concept struct_range = std::ranges::input_range<T> && reflectable<std::ranges::range_value_t<T>>;

}  // namespace quarry::mapping

namespace quarry {

template <class Table>
template <class Rows>
auto insert_builder<Table>::values(Rows&& rows) const {
    using plain = std::remove_cvref_t<Rows>;
    if constexpr (mapping::reflectable<plain>) {
        if constexpr (mapping::check_writing<mapping::write_kind::insert, Table, plain>()) {
            using source_t = mapping::struct_insert_row<Table, plain>;
            return insert_statement<Table, source_t>{{}, source_t{{}, std::forward<Rows>(rows)}};
        } else {
            return insert_statement<Table, insert_default_values>{};
        }
    } else if constexpr (mapping::struct_range<plain>) {
        using row_t = std::ranges::range_value_t<plain>;
        if constexpr (mapping::check_writing<mapping::write_kind::insert, Table, row_t>()) {
            using source_t = mapping::struct_insert_rows<Table, row_t, std::vector<row_t>>;
            if constexpr (std::is_same_v<Rows, std::vector<row_t>>) {
                return insert_statement<Table, source_t>{{}, source_t{{}, std::move(rows)}};
            } else {
                return insert_statement<Table, source_t>{
                    {}, source_t{{}, std::vector<row_t>(std::ranges::begin(rows), std::ranges::end(rows))}};
            }
        } else {
            return insert_statement<Table, insert_default_values>{};
        }
    } else {
        static_assert(mapping::struct_range<plain>,
                      "quarry: insert_into(table).values(...) takes a struct made reflectable with Boost.Hana, or a "
                      "range of them; for values one by one, name the columns first with .columns(...)");
        return insert_statement<Table, insert_default_values>{};
    }
}

}  // namespace quarry
