#pragma once
// The facts a column declaration can carry beyond its name and type: keys,
// defaults, uniqueness and foreign keys. Each is a type, so statements can check
// them at compile time (an INSERT must set every NOT NULL column without a default).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "quarry/core/fixed_string.hpp"
#include "quarry/core/type_list.hpp"

namespace quarry {

struct primary_key {};
struct auto_increment {};
struct unique {};
// A quarry::timestamp column stored as TIMESTAMPTZ on PostgreSQL. Values are UTC
// instants either way; this only chooses the column type.
struct with_time_zone {};

// A constant DEFAULT, written into DDL as an SQL literal. Structural, so it can be
// a template argument: `default(18)`, `default("guest")`, `default(true)`.
struct sql_literal {
    enum class kind { integer, real, boolean, text } type{};
    std::int64_t integer = 0;
    double real = 0;
    char text[64]{};
    std::size_t text_size = 0;

    constexpr sql_literal(bool value) : type(kind::boolean), integer(value) {}
    constexpr sql_literal(int value) : type(kind::integer), integer(value) {}
    constexpr sql_literal(long value) : type(kind::integer), integer(value) {}
    constexpr sql_literal(long long value) : type(kind::integer), integer(value) {}
    constexpr sql_literal(double value) : type(kind::real), real(value) {}
    template <std::size_t N>
    constexpr sql_literal(const char (&value)[N]) : type(kind::text), text_size(N - 1) {
        static_assert(N <= sizeof(text), "quarry: a default text is limited to 63 characters; use default_sql");
        for (std::size_t i = 0; i < N; ++i) text[i] = value[i];
    }
    constexpr std::string_view text_view() const { return {text, text_size}; }
};

template <sql_literal Value>
struct default_value {
    static constexpr sql_literal value = Value;
};

// A DEFAULT given as an SQL expression, such as CURRENT_TIMESTAMP.
template <fixed_string Sql>
struct default_sql {
    static constexpr std::string_view sql = Sql.view();
};

enum class referential_action { no_action, restrict, cascade, set_null, set_default };

template <class TableDefinition, class ColumnSpec>
struct references {
    using table_definition = TableDefinition;
    using column_spec = ColumnSpec;
};

template <referential_action Action>
struct on_delete {
    static constexpr referential_action action = Action;
};

template <referential_action Action>
struct on_update {
    static constexpr referential_action action = Action;
};

// DECIMAL(Precision, Scale) for a quarry::decimal column.
template <int Precision, int Scale>
struct precision {
    static_assert(Precision > 0 && Scale >= 0 && Scale <= Precision,
                  "quarry: precision(p, s) needs 0 < p and 0 <= s <= p");
    static constexpr int digits = Precision;
    static constexpr int scale = Scale;
};

// An SQL name that differs from the C++ member name, e.g. a keyword or a name with spaces.
template <fixed_string Name>
struct sql_name {
    static constexpr std::string_view name = Name.view();
};

namespace detail {
template <class T>
inline constexpr bool is_default_option = false;
template <sql_literal V>
inline constexpr bool is_default_option<default_value<V>> = true;
template <fixed_string S>
inline constexpr bool is_default_option<default_sql<S>> = true;

template <class T>
inline constexpr bool is_sql_name_option = false;
template <fixed_string S>
inline constexpr bool is_sql_name_option<sql_name<S>> = true;

template <class T>
inline constexpr bool is_precision_option = false;
template <int P, int S>
inline constexpr bool is_precision_option<precision<P, S>> = true;

template <class T>
inline constexpr bool is_references_option = false;
template <class D, class C>
inline constexpr bool is_references_option<references<D, C>> = true;

// Whether a column's option list holds a DEFAULT, or a reference. Folds over the list, not
// lambdas: a lambda is a class of its own in every column that asks, and a list shared by
// many columns (most have none) is answered once.
template <class Options>
inline constexpr bool has_default_option = false;
template <class... O>
inline constexpr bool has_default_option<type_list<O...>> = (is_default_option<O> || ...);
template <class Options>
inline constexpr bool has_references_option = false;
template <class... O>
inline constexpr bool has_references_option<type_list<O...>> = (is_references_option<O> || ...);

template <class Option>
constexpr std::string_view renamed(std::string_view name) {
    if constexpr (is_sql_name_option<Option>) return Option::name;
    else return name;
}

template <class... Options>
constexpr std::string_view sql_name_of(type_list<Options...>, std::string_view cpp_name) {
    std::string_view name = cpp_name;
    ((name = renamed<Options>(name)), ...);
    return name;
}
}  // namespace detail

}  // namespace quarry
