#pragma once
// A database schema as quarry-schema sees it, the same for every backend: what each
// catalog reader fills in and what the header writer reads. Names are SQL names, as the
// database spells them; C++ names are chosen when the header is written (cpp_names.hpp).
// Each reader normalises its backend's spelling here, so that the writer knows no backend.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quarry_schema {

// The C++ type of a column's values: one of the types Quarry columns have
// (quarry/schema/value_types.hpp).
enum class value_kind { int32, int64, uint32, uint64, real, decimal, boolean, text, blob, date, timestamp };

// The type as a declaration names it.
constexpr std::string_view cpp_type_name(value_kind kind) {
    switch (kind) {
        case value_kind::int32: return "std::int32_t";
        case value_kind::int64: return "std::int64_t";
        case value_kind::uint32: return "std::uint32_t";
        case value_kind::uint64: return "std::uint64_t";
        case value_kind::real: return "double";
        case value_kind::decimal: return "quarry::decimal";
        case value_kind::boolean: return "bool";
        case value_kind::text: return "std::string";
        case value_kind::blob: return "quarry::blob";
        case value_kind::date: return "quarry::date";
        case value_kind::timestamp: break;
    }
    return "quarry::timestamp";
}

inline constexpr value_kind all_value_kinds[] = {
    value_kind::int32,   value_kind::int64, value_kind::uint32, value_kind::uint64, value_kind::real,     value_kind::decimal,
    value_kind::boolean, value_kind::text,  value_kind::blob,   value_kind::date,   value_kind::timestamp};

struct decimal_precision {
    int digits = 0;
    int scale = 0;

    friend bool operator==(const decimal_precision&, const decimal_precision&) = default;
};

struct column_type {
    value_kind kind = value_kind::text;
    std::optional<decimal_precision> precision;  // DECIMAL(p, s); none for the backend's widest
    bool with_time_zone = false;                 // a timestamp that is an instant (TIMESTAMPTZ)

    friend bool operator==(const column_type&, const column_type&) = default;
};

// A column's DEFAULT: a constant that Quarry writes back exactly as the catalog shows it
// (default(...)), or else the catalog's SQL, kept verbatim (default_sql(...)).
struct column_default {
    enum class form { integer, real, boolean, text, sql };
    form kind = form::sql;
    // integer and real: the digits, as a C++ literal too; boolean: "true" or "false";
    // text: the characters, unquoted; sql: the expression.
    std::string value;

    friend bool operator==(const column_default&, const column_default&) = default;
};

enum class referential_action { no_action, restrict, cascade, set_null, set_default };

// An action as SQLite's pragmas and information_schema spell it: "CASCADE", "SET NULL" ...
inline referential_action referential_action_from_rule(std::string_view rule) {
    if (rule == "RESTRICT") return referential_action::restrict;
    if (rule == "CASCADE") return referential_action::cascade;
    if (rule == "SET NULL") return referential_action::set_null;
    if (rule == "SET DEFAULT") return referential_action::set_default;
    return referential_action::no_action;
}

struct column {
    std::string name;
    column_type type;
    bool nullable = true;
    bool auto_increment = false;  // AUTOINCREMENT, AUTO_INCREMENT, an identity or a serial
    bool unique = false;          // a UNIQUE constraint on this column alone
    std::optional<column_default> default_value;
    std::optional<std::string> check;  // a CHECK the catalog ties to this column, its SQL

    friend bool operator==(const column&, const column&) = default;
};

struct foreign_key {
    std::vector<std::string> columns;
    std::string parent_table;
    std::vector<std::string> parent_columns;
    referential_action on_delete = referential_action::no_action;
    referential_action on_update = referential_action::no_action;

    friend bool operator==(const foreign_key&, const foreign_key&) = default;
};

struct index_definition {
    std::string name;  // the database's; a declaration names its indexes itself
    std::vector<std::string> columns;
    bool unique = false;

    friend bool operator==(const index_definition&, const index_definition&) = default;
};

struct table {
    std::string name;
    std::vector<column> columns;              // in table order
    std::vector<std::string> primary_key;     // in key order
    std::vector<foreign_key> foreign_keys;
    std::vector<std::string> checks;          // CHECKs over the row, their SQL
    std::vector<index_definition> indexes;  // by name
    // What the catalog holds that a declaration cannot say; the header shows each.
    std::vector<std::string> notes;

    friend bool operator==(const table&, const table&) = default;
};

struct database_schema {
    std::string dialect;       // "SQLite", "MySQL", "MariaDB", "PostgreSQL"
    std::vector<table> tables;  // by name
};

}  // namespace quarry_schema
