#pragma once
// UPDATE and DELETE of the row a struct stands for, found by the table's primary key:
//   db(update_by_key(users, ann));   // UPDATE "users" SET "name" = ?, "age" = ? WHERE "users"."id" = ?
//   db(delete_by_key(users, ann));   // DELETE FROM "users" WHERE "users"."id" = ?
// UPDATE sets every column the struct has a field for, the key aside. A composite key
// matches on all its columns. Both have fixed SQL, so each is prepared once per
// connection; rows_affected says whether the row was there.
#include <cstddef>
#include <type_traits>
#include <utility>

#include "quarry/mapping/write_plan.hpp"
#include "quarry/schema/table.hpp"

namespace quarry::mapping {

// ` WHERE "t"."a" = ? AND "t"."b" = ?` over the key's fields.
template <class Table, class Plan, class W, class Struct>
constexpr void render_key_condition(W& w, const Struct& row) {
    w.write(" WHERE ");
    [&]<std::size_t... N>(std::index_sequence<N...>) {
        bool first = true;
        ((first ? void(first = false) : w.write(" AND "), w.identifier(Table::sql_name), w.write("."),
          w.identifier(Plan::template spec<Plan::key_columns[N]>::sql_name), w.write(" = "),
          w.value(Plan::template field<Plan::key_columns[N]>(row))),
         ...);
    }(std::make_index_sequence<Plan::key_columns.size()>{});
}

template <class Table, class Struct>
struct update_by_key_statement {
    using plan = write_plan<Table, Struct>;
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;
    static constexpr bool check_complete() { return true; }

    Struct row{};

    template <class W>
    constexpr void render(W& w) const {
        w.write("UPDATE ");
        w.identifier(Table::sql_name);
        w.write(" SET ");
        [&]<std::size_t... N>(std::index_sequence<N...>) {
            bool first = true;
            ((first ? void(first = false) : w.write(", "),
              w.identifier(plan::template spec<plan::update_columns[N]>::sql_name), w.write(" = "),
              w.value(plan::template field<plan::update_columns[N]>(row))),
             ...);
        }(std::make_index_sequence<plan::update_columns.size()>{});
        render_key_condition<Table, plan>(w, row);
    }
};

template <class Table, class Struct>
struct delete_by_key_statement {
    using plan = write_plan<Table, Struct>;
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;
    static constexpr bool check_complete() { return true; }

    Struct row{};

    template <class W>
    constexpr void render(W& w) const {
        w.write("DELETE FROM ");
        w.identifier(Table::sql_name);
        render_key_condition<Table, plan>(w, row);
    }
};

// What update_by_key and delete_by_key give when the struct breaks a rule: a
// statement that compiles, so that the failed static_assert is the one error.
struct unwritable_statement {
    using parameters = type_list<>;
    static constexpr bool is_dynamic = true;
    static constexpr bool check_complete() { return true; }
    template <class W>
    void render(W&) const {}
};

}  // namespace quarry::mapping

namespace quarry {

template <class Table, class Struct>
    requires is_table_v<Table>
constexpr auto update_by_key(const Table&, Struct row) {
    static_assert(!Table::is_aliased, "quarry: update_by_key takes a table, not an alias");
    if constexpr (mapping::check_writing<mapping::write_kind::update_by_key, Table, Struct>()) {
        return mapping::update_by_key_statement<Table, Struct>{std::move(row)};
    } else {
        return mapping::unwritable_statement{};
    }
}

template <class Table, class Struct>
    requires is_table_v<Table>
constexpr auto delete_by_key(const Table&, Struct row) {
    static_assert(!Table::is_aliased, "quarry: delete_by_key takes a table, not an alias");
    if constexpr (mapping::check_writing<mapping::write_kind::delete_by_key, Table, Struct>()) {
        return mapping::delete_by_key_statement<Table, Struct>{std::move(row)};
    } else {
        return mapping::unwritable_statement{};
    }
}

}  // namespace quarry
