#pragma once
// A column's DEFAULT from the SQL text a catalog shows for it ("7", "'it''s'",
// "CURRENT_TIMESTAMP"), as a declaration says it. A constant becomes default(...) only
// when Quarry writes it back as the same SQL, so that the DDL of the declaration is the
// DDL that was read; anything else stays SQL, verbatim, for default_sql(...).
#include <optional>
#include <string>
#include <string_view>

#include "schema_model.hpp"

namespace quarry_schema {

// MySQL's string literals also take backslash escapes ('it\'s'), as MariaDB's catalog writes them.
enum class string_escapes { standard, backslash };

// nullopt for no default (an empty text, or NULL, which is what no default means).
// `sql` is the catalog's text with any backend wrapping already taken off.
std::optional<column_default> default_from_sql(std::string_view sql, value_kind kind, string_escapes escapes);

// The characters of a quoted SQL string literal, if `sql` is exactly one.
std::optional<std::string> unquote_string_literal(std::string_view sql, string_escapes escapes);

}  // namespace quarry_schema
