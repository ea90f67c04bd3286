#include "default_values.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <system_error>

#include "ascii_text.hpp"

namespace quarry_schema {

namespace {

// A default("...") text is at most 63 characters (quarry::sql_literal).
constexpr std::size_t longest_text_default = 63;

bool is_number_kind(value_kind kind) {
    return kind != value_kind::boolean && kind != value_kind::text && kind != value_kind::blob &&
           kind != value_kind::date && kind != value_kind::timestamp;
}

// As Quarry writes an integer default: std::to_string. INT64_MIN is left out, since C++
// has no literal for it (-9223372036854775808 is minus a number too big for long long).
bool is_integer_literal(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() &&
           value != std::numeric_limits<std::int64_t>::min() && std::to_string(value) == text;
}

// As Quarry writes a real default: the shortest text that reads back as the same double.
// Only digits, signs, a point and an exponent (from_chars would also read "inf" and "nan"),
// with a point or an exponent, so that C++ reads it as a double too.
bool is_real_literal(std::string_view text) {
    if (text.find_first_not_of("0123456789.eE+-") != std::string_view::npos ||
        text.find_first_of(".eE") == std::string_view::npos)
        return false;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return false;
    char shortest[32];
    const auto written = std::to_chars(shortest, shortest + sizeof shortest, value).ptr;
    return std::string_view(shortest, static_cast<std::size_t>(written - shortest)) == text;
}

std::optional<bool> boolean_literal(std::string_view text) {
    const std::string lower = ascii_lower(text);
    if (lower == "true" || lower == "1") return true;
    if (lower == "false" || lower == "0") return false;
    return std::nullopt;
}

char backslash_escape(char c) {
    switch (c) {
        case '0': return '\0';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'b': return '\b';
        case 'Z': return '\x1a';
        default: return c;  // \\ \' \" and any other character stand for themselves
    }
}

}  // namespace

std::optional<std::string> unquote_string_literal(std::string_view sql, string_escapes escapes) {
    if (sql.size() < 2 || sql.front() != '\'' || sql.back() != '\'') return std::nullopt;
    std::string text;
    for (std::size_t i = 1; i + 1 < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'') {
            // Inside, a quote is only ever doubled; a lone one ends the literal early.
            if (i + 2 >= sql.size() || sql[i + 1] != '\'') return std::nullopt;
            ++i;
        } else if (c == '\\' && escapes == string_escapes::backslash) {
            if (i + 2 >= sql.size()) return std::nullopt;
            text += backslash_escape(sql[++i]);
            continue;
        }
        text += c;
    }
    return text;
}

std::optional<column_default> default_from_sql(std::string_view sql, value_kind kind, string_escapes escapes) {
    sql = trim(sql);
    if (sql.empty() || ascii_lower(sql) == "null") return std::nullopt;
    std::string constant(sql);
    const auto text = unquote_string_literal(sql, escapes);
    if (text) {
        // A number in quotes, as PostgreSQL shows a negative one ('-1'::integer), is the number.
        const bool number_in_quotes = is_number_kind(kind) && (is_integer_literal(*text) || is_real_literal(*text));
        if (!number_in_quotes) {
            if (text->size() <= longest_text_default) return column_default{column_default::form::text, *text};
            return column_default{column_default::form::sql, constant};
        }
        constant = *text;
    }
    if (kind == value_kind::boolean) {
        if (auto value = boolean_literal(constant))
            return column_default{column_default::form::boolean, *value ? "true" : "false"};
    }
    if (is_integer_literal(constant)) return column_default{column_default::form::integer, constant};
    if (is_real_literal(constant)) return column_default{column_default::form::real, constant};
    return column_default{column_default::form::sql, std::string(sql)};
}

}  // namespace quarry_schema
