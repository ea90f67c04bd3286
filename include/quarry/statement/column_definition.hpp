#pragma once
// One column of CREATE TABLE, and the FOREIGN KEY clauses its options ask for:
//   "age" INTEGER CHECK (age >= 0)
//   "user_id" BIGINT NOT NULL, ... FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
// Only constants of the declaration are written, never bound values: DDL has no parameters.
// All of it renders in a constant expression, except a DEFAULT that is a real number.
#include <charconv>
#include <string>
#include <type_traits>

#include "quarry/render/integer_text.hpp"
#include "quarry/schema/table_options.hpp"

namespace quarry::ddl {

template <class W>
constexpr void render_literal(W& w, const sql_literal& literal) {
    using kind = sql_literal::kind;
    switch (literal.type) {
        case kind::integer: {
            std::string digits;
            append_integer(digits, literal.integer);
            w.write(digits);
            break;
        }
        case kind::boolean: w.write(W::dialect::boolean_literal(literal.integer != 0)); break;
        case kind::real: {  // std::to_chars of a double: at run time only
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

template <class W>
constexpr void render_check(W& w, std::string_view sql) {
    w.write("CHECK (");
    w.write(sql);
    w.write(")");
}

template <class W, class Option>
constexpr void render_column_option(W& w) {
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
    } else if constexpr (detail::is_check_constraint<Option>) {
        w.write(" ");
        render_check(w, Option::sql);
    }
}

// Functions of the option list, not of the column, and no lambdas: columns with the same
// options (most have none) share one instantiation, which a 200-column table feels.
template <class W, class... Options>
constexpr void render_column_options(W& w, type_list<Options...>) {
    (render_column_option<W, Options>(w), ...);
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

// `name TYPE [NOT NULL] [PRIMARY KEY [auto-increment]] [UNIQUE] [DEFAULT ...] [CHECK (...)]`.
// The primary key is inline when it is this one column.
template <class W, class Definition, class Spec, bool InlinePrimaryKey>
constexpr void render_column(W& w) {
    using facts = column_facts<Spec>;
    using value_t = remove_optional_t<typename Spec::declared_type>;
    w.identifier(Spec::sql_name);
    w.write(" ");
    using precision_option = typename precision_of<typename Spec::options>::type;
    if constexpr (!std::is_void_v<precision_option>) {
        static_assert(category_v<value_t> == category::decimal, "quarry: precision(p, s) is for quarry::decimal columns");
        std::string type = "DECIMAL(";
        append_integer(type, precision_option::digits);
        type += ", ";
        append_integer(type, precision_option::scale);
        type += ")";
        w.write(type);
    } else if constexpr (contains_v<typename Spec::options, with_time_zone>) {
        static_assert(category_v<value_t> == category::timestamp, "quarry: with_time_zone is for quarry::timestamp columns");
        w.write(W::dialect::timestamp_with_time_zone);
    } else {
        w.write(W::dialect::template column_type_name<value_t>(is_indexed_v<Definition, Spec>));
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
    render_column_options(w, typename Spec::options{});
}

template <class W, class Option>
constexpr void render_referential_action(W& w) {
    if constexpr (requires { Option::action; }) {
        w.write(std::is_same_v<Option, on_delete<Option::action>> ? " ON DELETE " : " ON UPDATE ");
        w.write(action_sql(Option::action));
    }
}

template <class W, class Option, class... Options>
constexpr void render_foreign_key(W& w, std::string_view column, type_list<Options...>) {
    if constexpr (detail::is_references_option<Option>) {
        w.write(", FOREIGN KEY (");
        w.identifier(column);
        w.write(") REFERENCES ");
        w.identifier(Option::table_definition::sql_name);
        w.write(" (");
        w.identifier(Option::column_spec::sql_name);
        w.write(")");
        (render_referential_action<W, Options>(w), ...);
    }
}

// The FOREIGN KEY clause of each reference among a column's options.
template <class W, class... Options>
constexpr void render_foreign_keys(W& w, [[maybe_unused]] std::string_view column,
                                   [[maybe_unused]] type_list<Options...> options) {
    (render_foreign_key<W, Options>(w, column, options), ...);
}

// "a", "b": the column names of a key or an index.
template <class W, class... Specs>
constexpr void render_spec_names(W& w, type_list<Specs...>) {
    bool first = true;
    ((first ? void(first = false) : w.write(", "), w.identifier(Specs::sql_name)), ...);
}

// Whether a column's options hold a DEFAULT that is a real number, which only renders at run time.
template <class... Options>
constexpr bool has_real_default(type_list<Options...>) {
    return ([] {
        if constexpr (requires { Options::value.type; })
            return Options::value.type == sql_literal::kind::real;
        else
            return false;
    }() || ...);
}

// Whether a table's CREATE TABLE must be rendered at run time rather than by the compiler.
template <class... Specs>
constexpr bool ddl_renders_at_run_time(type_list<Specs...>) {
    return (has_real_default(typename Specs::options{}) || ...);
}

}  // namespace quarry::ddl
