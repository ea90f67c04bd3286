#include "column_types.hpp"

#include <charconv>
#include <initializer_list>

#include "ascii_text.hpp"
#include "errors.hpp"

namespace quarry_schema {

namespace {

column_type of(value_kind kind) { return column_type{kind, std::nullopt, false}; }

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view candidate : names) {
        if (name == candidate) return true;
    }
    return false;
}

// DECIMAL(p, s) when the catalog gives a precision Quarry can declare; without one, or with
// one it cannot (a negative scale), the backend's widest decimal.
column_type decimal_type(std::optional<int> digits, std::optional<int> scale) {
    column_type type = of(value_kind::decimal);
    const int s = scale.value_or(0);
    if (digits && *digits > 0 && s >= 0 && s <= *digits) type.precision = decimal_precision{*digits, s};
    return type;
}

std::optional<int> to_int(std::string_view text) {
    text = trim(text);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// "NVARCHAR (160)" -> "NVARCHAR" and {160}; "DOUBLE   PRECISION" -> "DOUBLE PRECISION".
struct declared_type_parts {
    std::string base;
    std::vector<std::optional<int>> arguments;
};

declared_type_parts split_declared_type(std::string_view declared) {
    declared_type_parts parts;
    const auto open = declared.find('(');
    for (char c : trim(declared.substr(0, open))) {
        if (!is_space(c)) parts.base += ascii_upper(c);
        else if (parts.base.back() != ' ') parts.base += ' ';
    }
    if (open != std::string_view::npos) {
        std::string_view list = declared.substr(open + 1);
        list = list.substr(0, list.find(')'));
        for (auto comma = list.find(','); !list.empty(); comma = list.find(',')) {
            parts.arguments.push_back(to_int(list.substr(0, comma)));
            list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
        }
    }
    return parts;
}

}  // namespace

std::string type_name_to_map(std::string_view database_type) {
    return ascii_lower(trim(database_type.substr(0, database_type.find('('))));
}

std::optional<column_type> sqlite_column_type(std::string_view declared_type) {
    const auto [base, arguments] = split_declared_type(declared_type);
    if (is_one_of(base, {"INT", "MEDIUMINT", "SMALLINT", "TINYINT", "INT2"})) return of(value_kind::int32);
    if (is_one_of(base, {"INTEGER", "BIGINT", "INT8"})) return of(value_kind::int64);
    if (base == "UNSIGNED BIG INT") return of(value_kind::uint64);
    if (is_one_of(base, {"REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT"})) return of(value_kind::real);
    if (is_one_of(base, {"NUMERIC", "DECIMAL"})) {
        if (arguments.empty()) return of(value_kind::decimal);
        return decimal_type(arguments[0], arguments.size() > 1 ? arguments[1] : 0);
    }
    if (is_one_of(base, {"BOOLEAN", "BOOL"})) return of(value_kind::boolean);
    if (is_one_of(base, {"TEXT", "CLOB", "CHAR", "CHARACTER", "VARCHAR", "NCHAR", "NVARCHAR", "VARYING CHARACTER",
                         "NATIVE CHARACTER"}))
        return of(value_kind::text);
    if (base == "BLOB") return of(value_kind::blob);
    if (base == "DATE") return of(value_kind::date);
    if (is_one_of(base, {"DATETIME", "TIMESTAMP"})) return of(value_kind::timestamp);
    if (base == "TIMESTAMPTZ") return column_type{value_kind::timestamp, std::nullopt, true};
    return std::nullopt;
}

std::optional<column_type> mysql_column_type(std::string_view data_type, std::string_view full_type,
                                             std::optional<int> precision, std::optional<int> scale) {
    const std::string full = ascii_lower(full_type);
    const bool is_unsigned = full.find(" unsigned") != std::string::npos;
    // BOOLEAN is TINYINT(1); MySQL 8 shows no other integer's display width.
    if (data_type == "tinyint") return of(full.starts_with("tinyint(1)") ? value_kind::boolean : value_kind::int32);
    if (is_one_of(data_type, {"smallint", "mediumint"})) return of(value_kind::int32);
    if (data_type == "int") return of(is_unsigned ? value_kind::uint32 : value_kind::int32);
    if (data_type == "bigint") return of(is_unsigned ? value_kind::uint64 : value_kind::int64);
    if (is_one_of(data_type, {"double", "float", "real"})) return of(value_kind::real);
    if (is_one_of(data_type, {"decimal", "numeric"})) return decimal_type(precision, scale);
    if (is_one_of(data_type, {"char", "varchar", "tinytext", "text", "mediumtext", "longtext"}))
        return of(value_kind::text);
    if (is_one_of(data_type, {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}))
        return of(value_kind::blob);
    if (data_type == "date") return of(value_kind::date);
    if (data_type == "datetime") return of(value_kind::timestamp);
    // TIMESTAMP is stored in UTC and read in the session's zone, which Quarry sets to UTC.
    if (data_type == "timestamp") return column_type{value_kind::timestamp, std::nullopt, true};
    return std::nullopt;
}

std::optional<column_type> postgresql_column_type(std::string_view udt_name, std::optional<int> precision,
                                                  std::optional<int> scale) {
    if (is_one_of(udt_name, {"int2", "int4"})) return of(value_kind::int32);
    if (udt_name == "int8") return of(value_kind::int64);
    if (is_one_of(udt_name, {"float4", "float8"})) return of(value_kind::real);
    if (udt_name == "numeric") return precision ? decimal_type(precision, scale) : of(value_kind::decimal);
    if (udt_name == "bool") return of(value_kind::boolean);
    if (is_one_of(udt_name, {"text", "varchar", "bpchar", "name"})) return of(value_kind::text);
    if (udt_name == "bytea") return of(value_kind::blob);
    if (udt_name == "date") return of(value_kind::date);
    if (udt_name == "timestamp") return of(value_kind::timestamp);
    if (udt_name == "timestamptz") return column_type{value_kind::timestamp, std::nullopt, true};
    return std::nullopt;
}

void type_overrides::add(std::string_view mapping) {
    const auto equals = mapping.find('=');
    if (equals == std::string_view::npos || trim(mapping.substr(0, equals)).empty()) {
        throw command_line_error("quarry-schema: --map-type takes DATABASE_TYPE=CPP_TYPE, as "
                                 "--map-type 'geometry=std::string'; got '" +
                                 std::string(mapping) + "'");
    }
    const std::string_view cpp = trim(mapping.substr(equals + 1));
    for (value_kind kind : all_value_kinds) {
        if (cpp == cpp_type_name(kind)) {
            mappings_.emplace_back(type_name_to_map(mapping.substr(0, equals)), kind);
            return;
        }
    }
    std::string known;
    for (value_kind kind : all_value_kinds) known += (known.empty() ? "" : ", ") + std::string(cpp_type_name(kind));
    throw command_line_error("quarry-schema: --map-type '" + std::string(mapping) + "': '" + std::string(cpp) +
                             "' is not a Quarry column type; use one of " + known);
}

std::optional<value_kind> type_overrides::find(std::string_view database_type) const {
    const std::string name = type_name_to_map(database_type);
    // The last mapping given for a type wins, as later options override earlier ones.
    for (auto it = mappings_.rbegin(); it != mappings_.rend(); ++it) {
        if (it->first == name) return it->second;
    }
    return std::nullopt;
}

column_type column_typing::type_of(std::string_view table, std::string_view column, std::string_view database_type,
                                   std::optional<column_type> quarry_type) {
    if (auto mapped = overrides_.find(database_type)) return of(*mapped);
    if (quarry_type) return *quarry_type;
    const std::string name = type_name_to_map(database_type);
    const std::string shown = name.empty() ? "no declared type" : "type '" + std::string(trim(database_type)) + "'";
    unknown_.push_back("column \"" + std::string(table) + "\".\"" + std::string(column) + "\" has " + shown);
    if (example_type_.empty()) example_type_ = name;
    return of(value_kind::text);
}

void column_typing::check() const {
    if (unknown_.empty()) return;
    std::string message = "quarry-schema: Quarry has no C++ type for these columns:\n";
    for (const std::string& line : unknown_) message += "  " + line + "\n";
    message += "map each database type to one with --map-type, as --map-type '" +
               (example_type_.empty() ? std::string("TYPE") : example_type_) + "=std::string'";
    throw schema_error(message);
}

}  // namespace quarry_schema
