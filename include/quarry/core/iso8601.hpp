#pragma once
// Dates and timestamps as ISO-8601 text, for backends that store them as text
// (SQLite) and for parsing text results. The formats sort chronologically:
//   date       YYYY-MM-DD
//   timestamp  YYYY-MM-DD HH:MM:SS.ffffff   (UTC; parsing also takes 'T' and
//                                            fewer or no fraction digits)
#include <optional>
#include <string>
#include <string_view>

#include "quarry/schema/value_types.hpp"

namespace quarry::iso8601 {

std::string format(date value);
std::string format(timestamp value);

std::optional<date> parse_date(std::string_view text);
std::optional<timestamp> parse_timestamp(std::string_view text);

}  // namespace quarry::iso8601
