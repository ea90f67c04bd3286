#pragma once
// SQLite's printer: the standard one, with SQLite's type names for CAST.
// SQLite 3.39+ has RIGHT and FULL OUTER JOIN; Debian 12 ships 3.40.
#include <string_view>
#include <type_traits>

#include "quarry/render/standard_dialect.hpp"

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
