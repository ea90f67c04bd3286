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
        else if constexpr (c == category::blob) return "BLOB";
        else return "TEXT";
    }
};

}  // namespace quarry::sqlite
