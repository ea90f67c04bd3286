#pragma once
// MySQL's and MariaDB's printer. What differs from the standard one:
//   `name` quoting; CONCAT() for concatenation; CHAR_LENGTH, so length counts
//   characters; DIV, so integer division truncates as elsewhere; NULLS FIRST/LAST
//   emulated with an IS NULL sort key; LIKE ... ESCAPE X'5C'; no FULL OUTER JOIN
//   (a compile error); upsert as ON DUPLICATE KEY UPDATE with VALUES(); MariaDB's
//   LAG and LEAD take no default (a compile error).
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "quarry/expr/window_functions.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/render/standard_dialect.hpp"
#include "quarry/schema/column.hpp"
#include "quarry/statement/clause/from.hpp"
#include "quarry/statement/returning.hpp"

namespace quarry::mysql {

struct dialect : standard_dialect {
    static constexpr std::string_view name = "MySQL";

    // `name`, with embedded backticks doubled.
    template <class Text>
    static constexpr void quote_identifier(Text& out, std::string_view name) {
        append_quoted(out, name, '`');
    }

    // Tables, columns, indexes and CTEs take at most 64 characters (aliases 256, but
    // one limit for every name is simpler and loses nothing). A name is checked UTF-8 before
    // it gets here, and has no more characters than bytes: most need no counting.
    static constexpr void check_identifier_length(std::string_view name) {
        if (name.size() > 64 && ::quarry::detail::utf8_characters(name) > 64)
            sql_name_is_longer_than_64_characters_which_mysql_rejects(name);
    }
    [[noreturn]] static void sql_name_is_longer_than_64_characters_which_mysql_rejects(std::string_view name) {
        throw invalid_identifier("is longer than the 64 characters MySQL and MariaDB take in a name", name);
    }

    static constexpr std::string_view character_length_function = "CHAR_LENGTH";
    static constexpr std::string_view integer_division = " DIV ";

    // START TRANSACTION takes READ ONLY but no isolation level: SET TRANSACTION sets it
    // for the next transaction alone.
    template <class Run>
    static void begin_transaction(const transaction_options& options, Run&& run) {
        if (options.isolation != isolation_level::backend_default)
            run(std::string("SET TRANSACTION ISOLATION LEVEL ").append(isolation_level_sql(options.isolation)));
        run(options.read_only ? "START TRANSACTION READ ONLY" : "BEGIN");
    }

    // CONCAT(a, b, c): `||` means OR in MySQL's default sql_mode.
    template <class W, class... Args>
    static constexpr void render_concat(W& w, const Args&... args) {
        w.write("CONCAT(");
        render_list(w, ", ", args...);
        w.write(")");
    }

    // MySQL sorts NULL first ascending and last descending, and has no NULLS
    // FIRST/LAST; an `x IS NULL` key in front gives the asked-for order.
    template <class W, class Expr>
    static constexpr void render_sort(W& w, const Expr& expr, sort_direction direction, nulls_order nulls) {
        if (nulls != nulls_order::unspecified) {
            render_operand(w, expr, precedence::comparison + 1);
            w.write(nulls == nulls_order::first ? " IS NULL DESC, " : " IS NULL ASC, ");
        }
        expr.render(w);
        w.write(direction == sort_direction::asc ? " ASC" : " DESC");
    }

    template <class T>
    static constexpr std::string_view cast_type_name() {
        constexpr category c = category_v<T>;
        if constexpr (std::is_unsigned_v<T> && c == category::integer) return "UNSIGNED";
        else if constexpr (c == category::integer || c == category::boolean) return "SIGNED";
        else if constexpr (c == category::real) return "DOUBLE";
        else if constexpr (c == category::decimal) return default_decimal_type;
        else if constexpr (c == category::text) return "CHAR";
        else if constexpr (c == category::blob) return "BINARY";
        else if constexpr (c == category::date) return "DATE";
        else return "DATETIME(6)";
    }

    // Text that is a key must have a length in MySQL, so it is VARCHAR(255).
    template <class T>
    static constexpr std::string_view column_type_name(bool indexed) {
        constexpr category c = category_v<T>;
        if constexpr (std::is_same_v<T, std::int32_t>) return "INT";
        else if constexpr (std::is_same_v<T, std::uint32_t>) return "INT UNSIGNED";
        else if constexpr (std::is_same_v<T, std::uint64_t>) return "BIGINT UNSIGNED";
        else if constexpr (c == category::integer) return "BIGINT";
        else if constexpr (c == category::real) return "DOUBLE";
        else if constexpr (c == category::decimal) return default_decimal_type;
        else if constexpr (c == category::boolean) return "BOOLEAN";
        else if constexpr (c == category::text) return indexed ? "VARCHAR(255)" : "LONGTEXT";
        else if constexpr (c == category::blob) return "LONGBLOB";
        else if constexpr (c == category::date) return "DATE";
        else return "DATETIME(6)";
    }

    static constexpr std::string_view auto_increment_keyword = "AUTO_INCREMENT";

    // MySQL has no CREATE INDEX IF NOT EXISTS (MariaDB has), so CREATE TABLE declares
    // the indexes itself: created with the table, and skipped with it when it exists.
    static constexpr bool indexes_in_create_table = true;

    // MySQL's DECIMAL alone means DECIMAL(10, 0); without precision(p, s), the widest.
    static constexpr std::string_view default_decimal_type = "DECIMAL(65, 30)";
    // Sessions run in UTC, so DATETIME holds the instant as written.
    static constexpr std::string_view timestamp_with_time_zone = "DATETIME(6)";

    // The backslash as a hex literal: in a quoted literal it would be '\\' in the
    // default sql_mode but '\' under NO_BACKSLASH_ESCAPES, and the other spelling is an
    // error ("Incorrect arguments to ESCAPE"). X'5C' means one backslash in both.
    static constexpr std::string_view like_escape = " ESCAPE X'5C'";

    // MySQL has no DEFAULT VALUES; an empty column list means the same.
    static constexpr std::string_view default_values = " () VALUES ()";

    // In the default sql_mode a backslash escapes inside string literals, so it is doubled too.
    static constexpr void render_string_literal(std::string& out, std::string_view text) {
        out += '\'';
        for (char c : text) {
            if (c == '\'' || c == '\\') out += c;
            out += c;
        }
        out += '\'';
    }

    // Sessions run in UTC; (6) asks for the microseconds.
    static constexpr std::string_view current_timestamp = "CURRENT_TIMESTAMP(6)";

    // DATE_ADD(x, INTERVAL n DAY) and DATE_SUB: a date stays a date.
    template <interval_unit Unit, bool Subtract, class W, class Moment, class Count>
    static constexpr void render_date_shift(W& w, const Moment& moment, const Count& count) {
        w.write(Subtract ? "DATE_SUB(" : "DATE_ADD(");
        moment.render(w);
        w.write(", INTERVAL ");
        render_operand(w, count, precedence::atom);
        w.write(" ");
        w.write(interval_unit_keyword(Unit));
        w.write(")");
    }

    // Upsert: ON DUPLICATE KEY UPDATE, which names no key: any unique key's duplicate takes it.
    template <class Table, class... Key, class W, class Action>
    static constexpr void render_do_update(W& w, const Action& action) {
        w.write(" ON DUPLICATE KEY UPDATE ");
        action.render_assignments(w);
    }

    // DO NOTHING as an update that changes nothing. Not INSERT IGNORE, which also
    // turns other errors (a foreign key, a value out of range) into warnings.
    template <class Table, class... Key, class W>
    static constexpr void render_do_nothing(W& w) {
        using kept = front_t<type_list<Key..., column<Table, front_t<typename Table::definition::column_specs>>>>;
        w.write(" ON DUPLICATE KEY UPDATE ");
        w.identifier(kept::spec::sql_name);
        w.write(" = ");
        w.identifier(kept::spec::sql_name);
    }

    // The value the row to insert had: VALUES(`name`). MySQL 8.0.20 prefers a row
    // alias, but VALUES() works there too and is all MariaDB has.
    template <class W>
    static constexpr void render_excluded(W& w, std::string_view column) {
        w.write("VALUES(");
        w.identifier(column);
        w.write(")");
    }

    template <class Feature>
    static constexpr void require() {
        static_assert(!std::is_same_v<Feature, join_feature<join_kind::full>>,
                      "quarry: MySQL and MariaDB have no FULL OUTER JOIN; combine a LEFT and a RIGHT JOIN");
        static_assert(!is_returning_feature_v<Feature>,
                      "quarry: MySQL has no RETURNING; read last_insert_id, or use quarry::mariadb on MariaDB");
    }

    template <class Feature>
    static constexpr bool supports =
        !std::is_same_v<Feature, join_feature<join_kind::full>> && !is_returning_feature_v<Feature>;
};

}  // namespace quarry::mysql

namespace quarry::mariadb {

// MariaDB's printer: MySQL's, plus RETURNING after INSERT and DELETE (MariaDB 10.5+).
struct dialect : mysql::dialect {
    static constexpr std::string_view name = "MariaDB";

    template <class Feature>
    static constexpr void require() {
        static_assert(!std::is_same_v<Feature, join_feature<join_kind::full>>,
                      "quarry: MySQL and MariaDB have no FULL OUTER JOIN; combine a LEFT and a RIGHT JOIN");
        static_assert(!std::is_same_v<Feature, returning_feature<statement_kind::update>>,
                      "quarry: MariaDB has no UPDATE ... RETURNING; select the rows after updating them");
        static_assert(!std::is_same_v<Feature, lag_lead_default_feature>,
                      "quarry: MariaDB's LAG and LEAD take no value for rows past the edge; wrap them in "
                      "coalesce(...), which also replaces a NULL the row itself holds");
    }

    template <class Feature>
    static constexpr bool supports = !std::is_same_v<Feature, join_feature<join_kind::full>> &&
                                     !std::is_same_v<Feature, returning_feature<statement_kind::update>>;
};

}  // namespace quarry::mariadb
