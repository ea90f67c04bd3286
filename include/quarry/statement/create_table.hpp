#pragma once
// CREATE TABLE and DROP TABLE from a table declaration:
//   db(create_table(users).if_not_exists());
//   db(drop_table(users).if_exists());
// CREATE TABLE writes, in order: the columns, the primary key when it has several
// columns (or is declared with primary_key(...)), the table's check(...) entries,
// its indexes where the dialect declares them inline (MySQL), and the foreign keys.
// DDL holds no values, only the constants of the declaration, so the compiler writes its
// text, as for a static query (unless a DEFAULT is a real number: column_definition.hpp).
#include <type_traits>

#include "quarry/statement/column_definition.hpp"
#include "quarry/statement/create_index.hpp"

namespace quarry {

namespace ddl {
// The declaration rules CREATE TABLE relies on, each with its own message.
template <class Definition>
constexpr bool check_table_declaration() {
    using entries = primary_key_entries_t<Definition>;
    using marked = primary_key_marked_t<Definition>;
    static_assert(entries::size <= 1, "quarry: a table has one primary_key(...) entry");
    static_assert(entries::size == 0 || marked::size == 0,
                  "quarry: declare the primary key once: mark its columns primary_key, or add a "
                  "primary_key(...) entry, not both");
    constexpr bool auto_increment_ok = []<class... Specs>(type_list<Specs...>) {
        return ((!column_facts<Specs>::is_auto_increment ||
                 (column_facts<Specs>::is_primary_key && marked::size == 1 &&
                  category_v<remove_optional_t<typename Specs::declared_type>> == category::integer)) &&
                ...);
    }(typename Definition::column_specs{});
    static_assert(auto_increment_ok,
                  "quarry: auto_increment goes on an integer column marked primary_key that is the whole key");
    return true;
}
}  // namespace ddl

template <class Table, bool IfNotExists = false>
struct create_table_statement {
    using definition = typename Table::definition;
    using parameters = type_list<>;
    static constexpr bool is_dynamic = ddl::ddl_renders_at_run_time(typename definition::column_specs{});
    static constexpr bool binds_values = false;
    static constexpr bool found_by_text = true;
    static constexpr bool check_complete() { return ddl::check_table_declaration<definition>(); }

    constexpr create_table_statement<Table, true> if_not_exists() const { return {}; }

    template <class W>
    constexpr void render(W& w) const {
        using key = primary_key_specs_t<definition>;
        // A key of one marked column is declared inline, where SQLite's AUTOINCREMENT must be.
        constexpr bool inline_key = primary_key_entries_t<definition>::size == 0 && key::size == 1;
        w.write(IfNotExists ? "CREATE TABLE IF NOT EXISTS " : "CREATE TABLE ");
        w.identifier(Table::sql_name);
        w.write(" (");
        [&]<class... S>(type_list<S...>) {
            bool first = true;
            ((first ? void(first = false) : w.write(", "), ddl::render_column<W, definition, S, inline_key>(w)), ...);
        }(typename definition::column_specs{});
        if constexpr (!inline_key && key::size != 0) {
            w.write(", PRIMARY KEY (");
            ddl::render_spec_names(w, key{});
            w.write(")");
        }
        [&]<class... C>(type_list<C...>) { ((w.write(", "), ddl::render_check(w, C::sql)), ...); }(
            table_checks_t<definition>{});
        if constexpr (W::dialect::indexes_in_create_table) {
            [&]<class... I>(type_list<I...>) {
                ((w.write(", "), ddl::render_index_name<W, Table, I, false>(w), ddl::render_index_columns<W, I>(w)),
                 ...);
            }(table_indexes_t<definition>{});
        }
        [&]<class... S>(type_list<S...>) {
            (ddl::render_foreign_keys(w, S::sql_name, typename S::options{}), ...);
        }(typename definition::column_specs{});
        w.write(")");
    }
};

template <class Table, bool IfExists = false>
struct drop_table_statement {
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;
    static constexpr bool binds_values = false;
    static constexpr bool found_by_text = true;
    static constexpr bool check_complete() { return true; }

    constexpr drop_table_statement<Table, true> if_exists() const { return {}; }

    template <class W>
    constexpr void render(W& w) const {
        w.write(IfExists ? "DROP TABLE IF EXISTS " : "DROP TABLE ");
        w.identifier(Table::sql_name);
    }
};

template <class Table>
    requires is_table_v<Table>
constexpr create_table_statement<Table> create_table(const Table&) {
    static_assert(!Table::is_aliased, "quarry: CREATE TABLE takes a table, not an alias");
    return {};
}

template <class Table>
    requires is_table_v<Table>
constexpr drop_table_statement<Table> drop_table(const Table&) {
    static_assert(!Table::is_aliased, "quarry: DROP TABLE takes a table, not an alias");
    return {};
}

}  // namespace quarry
