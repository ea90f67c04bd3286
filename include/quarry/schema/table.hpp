#pragma once
// A table: its SQL name, its columns as members (`users.name`), and aliases for
// self-joins (`auto boss = employees.as<"boss">();`).
#include <string_view>

#include "quarry/core/fixed_string.hpp"
#include "quarry/core/type_list.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/schema/column.hpp"

namespace quarry {

template <class Definition, fixed_string Alias = "">
struct table : Definition::template quarry_columns<table<Definition, Alias>> {
    using definition = Definition;
    static constexpr std::string_view sql_name = Definition::sql_name;
    static constexpr bool is_aliased = Alias.size() != 0;
    // The name its columns are qualified with (the definition's own name was checked where
    // it was declared; an alias is checked here).
    static constexpr std::string_view reference_name = [] {
        if constexpr (is_aliased) return declared_sql_name(Alias.view());
        else return sql_name;
    }();

    template <fixed_string NewAlias>
    constexpr table<Definition, NewAlias> as() const {
        return {};
    }

    // As an item of FROM.
    using provided_tables = type_list<table>;
    using tables = type_list<>;
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;
    static constexpr bool binds_nothing = true;

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(sql_name);
        if constexpr (is_aliased) {
            w.write(" AS ");
            w.identifier(reference_name);
        }
    }
};

template <class T>
inline constexpr bool is_table_v = false;
template <class D, fixed_string A>
inline constexpr bool is_table_v<table<D, A>> = true;

template <class Table, class Specs = typename Table::definition::column_specs>
struct columns_of;
template <class Table, class... Specs>
struct columns_of<Table, type_list<Specs...>> {
    using type = type_list<column<Table, Specs>...>;
};

// Every column of a table, in declaration order: `select(all_of(users))`.
template <class Table>
struct all_columns {
    using list = typename columns_of<Table>::type;
};

template <class Table>
    requires is_table_v<Table>
constexpr all_columns<Table> all_of(const Table&) {
    return {};
}

}  // namespace quarry
