#pragma once
// SQLite's printer: the standard one, with SQLite's type names for CAST.
// SQLite 3.39+ has RIGHT and FULL OUTER JOIN; Debian 12 ships 3.40. Members of a set
// operation cannot be parenthesized (a compile error where one would need to be).
#include <string_view>
#include <type_traits>

#include "quarry/render/standard_dialect.hpp"
#include "quarry/statement/set_operation.hpp"

namespace quarry::sqlite {

struct dialect : standard_dialect {
    static constexpr std::string_view name = "SQLite";

    // Dates and timestamps are stored as ISO-8601 text, which sorts chronologically.
    template <class T>
    static constexpr std::string_view cast_type_name() {
        constexpr category c = category_v<T>;
        if constexpr (c == category::integer || c == category::boolean) return "INTEGER";
        else if constexpr (c == category::real) return "REAL";
        else if constexpr (c == category::decimal) return default_decimal_type;
        else if constexpr (c == category::blob) return "BLOB";
        else return "TEXT";
    }

    template <class T>
    static constexpr std::string_view column_type_name(bool /*indexed*/) {
        return cast_type_name<T>();
    }

    // Only an INTEGER PRIMARY KEY can be AUTOINCREMENT; it never reuses a deleted rowid.
    static constexpr std::string_view auto_increment_keyword = "AUTOINCREMENT";

    static constexpr std::string_view boolean_literal(bool value) { return value ? "1" : "0"; }

    // SQLite has no decimal type. NUMERIC affinity keeps numbers numbers, so they
    // compare and sum as numbers, exactly up to 15 significant digits.
    static constexpr std::string_view default_decimal_type = "NUMERIC";
    static constexpr std::string_view timestamp_with_time_zone = "TEXT";

    // INSTR(text, needle): SQLite has no POSITION.
    template <class W, class Needle, class Text>
    static constexpr void render_position(W& w, const Needle& needle, const Text& text) {
        w.write("INSTR(");
        text.render(w);
        w.write(", ");
        needle.render(w);
        w.write(")");
    }

    // Dates are ISO-8601 text, so their parts come from strftime.
    template <date_part Part, class W, class Arg>
    static constexpr void render_extract(W& w, const Arg& arg) {
        constexpr std::string_view formats[] = {"'%Y'", "'%m'", "'%d'", "'%H'", "'%M'", "'%S'"};
        w.write("CAST(strftime(");
        w.write(formats[static_cast<int>(Part)]);
        w.write(", ");
        arg.render(w);
        w.write(") AS INTEGER)");
    }

    // Quarry writes timestamps with six fraction digits; 'now' has three, so three
    // zeros follow, and the text sorts correctly among stored timestamps.
    static constexpr std::string_view current_timestamp = "strftime('%Y-%m-%d %H:%M:%f000', 'now')";

    // date(x, '3 days'), with the modifier built from the count. A timestamp moves by
    // whole units through strftime, and keeps its fraction: substr(x, 20) is '.ffffff'.
    template <interval_unit Unit, bool Subtract, class W, class Moment, class Count>
    static constexpr void render_date_shift(W& w, const Moment& moment, const Count& count) {
        constexpr std::string_view units[] = {"days'", "months'", "years'", "hours'", "minutes'", "seconds'"};
        constexpr bool is_date = category_v<typename Moment::value_type> == category::date;
        w.write(is_date ? "date(" : "strftime('%Y-%m-%d %H:%M:%S', ");
        moment.render(w);
        w.write(Subtract ? ", -" : ", ");
        render_operand(w, count, precedence::atom);
        w.write(" || ' ");
        w.write(units[static_cast<int>(Unit)]);
        w.write(")");
        if constexpr (!is_date) {
            w.write(" || substr(");
            moment.render(w);
            w.write(", 20)");
        }
    }

    // SQLite reads UNION, INTERSECT and EXCEPT left to right, all alike.
    static constexpr bool intersect_binds_tighter = false;

    template <class Feature>
    static constexpr void require() {
        static_assert(!std::is_same_v<Feature, parenthesized_set_member>,
                      "quarry: SQLite allows no parentheses around a member of UNION, INTERSECT or EXCEPT, so a "
                      "member cannot have its own ORDER BY or LIMIT, nor be a set operation on the right; select "
                      "from it as a subquery(...) instead");
    }

    // SQLite's transactions are always SERIALIZABLE, which gives every weaker level's
    // guarantees too, so the level asks for nothing. Read-only is the connection's
    // query_only switch, on for the transaction's length.
    template <class Run>
    static void begin_transaction(const transaction_options& options, Run&& run) {
        run("BEGIN");
        if (options.read_only) run("PRAGMA query_only = ON");
    }
    template <class Run>
    static void end_transaction(const transaction_options& options, Run&& run) {
        if (options.read_only) run("PRAGMA query_only = OFF");
    }
};

}  // namespace quarry::sqlite
