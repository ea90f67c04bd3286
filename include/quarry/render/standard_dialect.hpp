#pragma once
// The shared printer. A dialect derives from it and redefines only what differs:
// identifier quoting, placeholders, function spellings, type names, capabilities.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "quarry/expr/date_time.hpp"
#include "quarry/expr/expression.hpp"
#include "quarry/expr/interval.hpp"
#include "quarry/expr/ordering.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/schema/value_types.hpp"
#include "quarry/statement/column_names.hpp"
#include "quarry/statement/transaction_options.hpp"

namespace quarry {

struct standard_dialect {
    // "name", with embedded quotes doubled.
    template <class Text>
    static constexpr void quote_identifier(Text& out, std::string_view name) {
        append_quoted(out, name, '"');
    }

    // The longest name the dialect takes; SQLite has no limit of its own.
    static constexpr void check_identifier_length(std::string_view /*name*/) {}

    template <class Text>
    static constexpr void placeholder(Text& out, int /*index*/) {
        out += '?';
    }

    static constexpr std::string_view character_length_function = "LENGTH";

    // a || b || c
    template <class W, class... Args>
    static constexpr void render_concat(W& w, const Args&... args) {
        bool first = true;
        ((first ? void(first = false) : w.write(" || "), render_operand(w, args, precedence::atom)), ...);
    }

    static constexpr std::string_view boolean_literal(bool value) { return value ? "TRUE" : "FALSE"; }

    // Integer division truncates on every dialect; this is how it is spelled.
    static constexpr std::string_view integer_division = " / ";

    // expr ASC|DESC [NULLS FIRST|LAST]
    template <class W, class Expr>
    static constexpr void render_sort(W& w, const Expr& expr, sort_direction direction, nulls_order nulls) {
        expr.render(w);
        w.write(direction == sort_direction::asc ? " ASC" : " DESC");
        if (nulls == nulls_order::first) w.write(" NULLS FIRST");
        if (nulls == nulls_order::last) w.write(" NULLS LAST");
    }

    // Case-insensitive LIKE as LOWER(x) LIKE LOWER(p): LIKE's own case rules differ
    // between backends and, on SQLite, ignore case only for ASCII.
    template <class W, class Expr, class Pattern>
    static constexpr void render_ilike(W& w, const Expr& expr, const Pattern& pattern, bool negated) {
        w.write("LOWER(");
        expr.render(w);
        w.write(negated ? ") NOT LIKE LOWER(" : ") LIKE LOWER(");
        pattern.render(w);
        w.write(")");
        w.write(W::dialect::like_escape);
    }

    // LIKE patterns escape % and _ with a backslash on every dialect, said explicitly
    // because the backends' defaults differ (SQLite has none). See escape_like().
    static constexpr std::string_view like_escape = " ESCAPE '\\'";

    // The column type of a timestamp declared with_time_zone.
    static constexpr std::string_view timestamp_with_time_zone = "TIMESTAMP WITH TIME ZONE";

    // Indexes are created by CREATE INDEX after CREATE TABLE, not declared inside it.
    static constexpr bool indexes_in_create_table = false;

    // A row of defaults.
    static constexpr std::string_view default_values = " DEFAULT VALUES";

    // A text constant in DDL: 'text', with embedded quotes doubled.
    static constexpr void render_string_literal(std::string& out, std::string_view text) {
        out += '\'';
        for (char c : text) {
            if (c == '\'') out += '\'';
            out += c;
        }
        out += '\'';
    }

    template <class W, class... Args>
    static constexpr void render_substr(W& w, const Args&... args) {
        w.write("SUBSTR(");
        render_list(w, ", ", args...);
        w.write(")");
    }

    // POSITION(needle IN text)
    template <class W, class Needle, class Text>
    static constexpr void render_position(W& w, const Needle& needle, const Text& text) {
        w.write("POSITION(");
        render_operand(w, needle, precedence::comparison + 1);
        w.write(" IN ");
        render_operand(w, text, precedence::comparison + 1);
        w.write(")");
    }

    // EXTRACT(YEAR FROM x)
    template <date_part Part, class W, class Arg>
    static constexpr void render_extract(W& w, const Arg& arg) {
        w.write("EXTRACT(");
        w.write(date_part_keyword(Part));
        w.write(" FROM ");
        arg.render(w);
        w.write(")");
    }

    static constexpr std::string_view current_date = "CURRENT_DATE";
    static constexpr std::string_view current_timestamp = "CURRENT_TIMESTAMP";

    // x + n * INTERVAL '1 DAY'. Date plus interval is a timestamp in the standard
    // (and PostgreSQL), so a date is cast back to DATE.
    template <interval_unit Unit, bool Subtract, class W, class Moment, class Count>
    static constexpr void render_date_shift(W& w, const Moment& moment, const Count& count) {
        constexpr bool is_date = category_v<typename Moment::value_type> == category::date;
        if constexpr (is_date) w.write("CAST(");
        render_operand(w, moment, precedence::additive);
        w.write(Subtract ? " - " : " + ");
        render_operand(w, count, precedence::multiplicative);
        w.write(" * INTERVAL '1 ");
        w.write(interval_unit_keyword(Unit));
        w.write("'");
        if constexpr (is_date) w.write(" AS DATE)");
    }

    // CAST(x AS type)
    template <class Target, class W, class Arg>
    static constexpr void render_cast(W& w, const Arg& arg) {
        w.write("CAST(");
        arg.render(w);
        w.write(" AS ");
        w.write(W::dialect::template cast_type_name<Target>());
        w.write(")");
    }

    // Upsert: INSERT ... ON CONFLICT ("key") DO UPDATE SET ... (SQLite 3.24+, PostgreSQL 9.5+).
    template <class Table, class... Key, class W, class Action>
    static constexpr void render_do_update(W& w, const Action& action) {
        w.write(" ON CONFLICT (");
        render_column_names<Key...>(w);
        w.write(") DO UPDATE SET ");
        action.render_assignments(w);
    }

    // INSERT ... ON CONFLICT [("key")] DO NOTHING
    template <class Table, class... Key, class W>
    static constexpr void render_do_nothing(W& w) {
        w.write(" ON CONFLICT ");
        if constexpr (sizeof...(Key) != 0) {
            w.write("(");
            render_column_names<Key...>(w);
            w.write(") ");
        }
        w.write("DO NOTHING");
    }

    // A column of the row an upsert meant to insert: excluded."name"
    template <class W>
    static constexpr void render_excluded(W& w, std::string_view column) {
        w.write("excluded.");
        w.identifier(column);
    }

    // INTERSECT binds tighter than UNION and EXCEPT, as in the SQL standard, so a
    // UNION on INTERSECT's left is parenthesized.
    static constexpr bool intersect_binds_tighter = true;

    // Runs, through `run(sql)`, the statements that begin a transaction:
    //   START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY
    template <class Run>
    static void begin_transaction(const transaction_options& options, Run&& run) {
        if (options.is_default()) return run("BEGIN");
        std::string sql = "START TRANSACTION";
        if (options.isolation != isolation_level::backend_default) {
            sql += " ISOLATION LEVEL ";
            sql += isolation_level_sql(options.isolation);
        }
        if (options.read_only) sql += options.isolation != isolation_level::backend_default ? ", READ ONLY" : " READ ONLY";
        run(sql);
    }
    // Runs what undoes a transaction's settings once it has ended, where they outlive it.
    template <class Run>
    static void end_transaction(const transaction_options&, Run&&) {}

    // Called with each feature a statement uses; a dialect that lacks one fails
    // to compile here with a message naming the feature and itself.
    template <class Feature>
    static constexpr void require() {}

    // Whether the dialect has a feature, for code that takes another way where it does
    // not, such as reading inserted keys without RETURNING. Agrees with require().
    template <class Feature>
    static constexpr bool supports = true;
};

}  // namespace quarry
