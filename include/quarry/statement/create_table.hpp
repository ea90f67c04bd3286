#pragma once
// CREATE TABLE and DROP TABLE from a table declaration:
//   db(create_table(users).if_not_exists());
//   db(drop_table(users).if_exists());
// DDL holds no values, only the constants of the declaration, and is rendered when run.
#include <charconv>
#include <string>
#include <type_traits>

#include "quarry/schema/table.hpp"

namespace quarry {

namespace ddl {
template <class W>
void render_literal(W& w, const sql_literal& literal) {
    using kind = sql_literal::kind;
    switch (literal.type) {
        case kind::integer: w.write(std::to_string(literal.integer)); break;
        case kind::boolean: w.write(W::dialect::boolean_literal(literal.integer != 0)); break;
        case kind::real: {
            char buffer[32];
            auto end = std::to_chars(buffer, buffer + sizeof buffer, literal.real).ptr;
            w.write({buffer, static_cast<std::size_t>(end - buffer)});
            break;
        }
        case kind::text: {
            std::string quoted;
            W::dialect::render_string_literal(quoted, literal.text_view());
            w.write(quoted);
            break;
        }
    }
}

template <class W, class Option>
void render_column_option(W& w) {
    if constexpr (detail::is_default_option<Option>) {
        w.write(" DEFAULT ");
        if constexpr (requires { Option::sql; }) {
            // Parenthesised: SQLite takes an expression after DEFAULT only in parentheses.
            w.write("(");
            w.write(Option::sql);
            w.write(")");
        } else {
            render_literal(w, Option::value);
        }
    }
}

constexpr std::string_view action_sql(referential_action action) {
    switch (action) {
        case referential_action::restrict: return "RESTRICT";
        case referential_action::cascade: return "CASCADE";
        case referential_action::set_null: return "SET NULL";
        case referential_action::set_default: return "SET DEFAULT";
        case referential_action::no_action: break;
    }
    return "NO ACTION";
}

template <class Table, class... Specs>
constexpr int primary_key_count(type_list<Specs...>) {
    return (int{column_facts<Specs>::is_primary_key} + ... + 0);
}

template <class List>
struct first_or_void {
    using type = void;
};
template <class First, class... Rest>
struct first_or_void<type_list<First, Rest...>> {
    using type = First;
};

// The precision(p, s) option among a column's options, or void.
template <class Options>
struct precision_of;
template <class... Options>
struct precision_of<type_list<Options...>> {
    using type = typename first_or_void<
        concat_t<std::conditional_t<detail::is_precision_option<Options>, type_list<Options>, type_list<>>...>>::type;
};

template <class W, class Spec, bool InlinePrimaryKey>
void render_column(W& w) {
    using facts = column_facts<Spec>;
    using value_t = remove_optional_t<typename Spec::declared_type>;
    w.identifier(Spec::sql_name);
    w.write(" ");
    constexpr bool indexed = facts::is_primary_key || facts::is_unique;
    using precision_option = typename precision_of<typename Spec::options>::type;
    if constexpr (!std::is_void_v<precision_option>) {
        static_assert(category_v<value_t> == category::decimal, "quarry: precision(p, s) is for quarry::decimal columns");
        w.write("DECIMAL(" + std::to_string(precision_option::digits) + ", " +
                std::to_string(precision_option::scale) + ")");
    } else if constexpr (contains_v<typename Spec::options, with_time_zone>) {
        static_assert(category_v<value_t> == category::timestamp, "quarry: with_time_zone is for quarry::timestamp columns");
        w.write(W::dialect::timestamp_with_time_zone);
    } else {
        w.write(W::dialect::template column_type_name<value_t>(indexed));
    }
    if constexpr (!facts::nullable) w.write(" NOT NULL");
    if constexpr (InlinePrimaryKey && facts::is_primary_key) {
        w.write(" PRIMARY KEY");
        if constexpr (facts::is_auto_increment) {
            w.write(" ");
            w.write(W::dialect::auto_increment_keyword);
        }
    }
    if constexpr (facts::is_unique) w.write(" UNIQUE");
    [&]<class... O>(type_list<O...>) { (render_column_option<W, O>(w), ...); }(typename Spec::options{});
}

template <class W, class Spec>
void render_foreign_keys(W& w) {
    [&]<class... O>(type_list<O...>) {
        (
            [&] {
                if constexpr (detail::is_references_option<O>) {
                    w.write(", FOREIGN KEY (");
                    w.identifier(Spec::sql_name);
                    w.write(") REFERENCES ");
                    w.identifier(O::table_definition::sql_name);
                    w.write(" (");
                    w.identifier(O::column_spec::sql_name);
                    w.write(")");
                    [&]<class... A>(type_list<A...>) {
                        (
                            [&] {
                                if constexpr (requires { A::action; }) {
                                    w.write(std::is_same_v<A, on_delete<A::action>> ? " ON DELETE " : " ON UPDATE ");
                                    w.write(action_sql(A::action));
                                }
                            }(),
                            ...);
                    }(typename Spec::options{});
                }
            }(),
            ...);
    }(typename Spec::options{});
}
}  // namespace ddl

template <class Table, bool IfNotExists = false>
struct create_table_statement {
    using parameters = type_list<>;
    static constexpr bool is_dynamic = true;
    static constexpr bool check_complete() { return true; }

    constexpr create_table_statement<Table, true> if_not_exists() const { return {}; }

    template <class W>
    void render(W& w) const {
        using specs = typename Table::definition::column_specs;
        constexpr bool composite_key = ddl::primary_key_count<Table>(specs{}) > 1;
        w.write(IfNotExists ? "CREATE TABLE IF NOT EXISTS " : "CREATE TABLE ");
        w.identifier(Table::sql_name);
        w.write(" (");
        [&]<class... S>(type_list<S...>) {
            bool first = true;
            ((first ? void(first = false) : w.write(", "), ddl::render_column<W, S, !composite_key>(w)), ...);
            if constexpr (composite_key) {
                w.write(", PRIMARY KEY (");
                bool first_key = true;
                (
                    [&] {
                        if constexpr (column_facts<S>::is_primary_key) {
                            if (!first_key) w.write(", ");
                            first_key = false;
                            w.identifier(S::sql_name);
                        }
                    }(),
                    ...);
                w.write(")");
            }
            (ddl::render_foreign_keys<W, S>(w), ...);
        }(specs{});
        w.write(")");
    }
};

template <class Table, bool IfExists = false>
struct drop_table_statement {
    using parameters = type_list<>;
    static constexpr bool is_dynamic = true;
    static constexpr bool check_complete() { return true; }

    constexpr drop_table_statement<Table, true> if_exists() const { return {}; }

    template <class W>
    void render(W& w) const {
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
