#pragma once
// Reading a column of the current row into a C++ field. The column's kind, decided
// from the result metadata when the statement ran, is the one type check: a value
// of another kind throws type_mismatch_error instead of being converted, except
// where nothing is lost (an integer into a double or a quarry::decimal, an integral
// DECIMAL into an integer: SUM of integers is a DECIMAL on MySQL). Signed and
// unsigned integers read into each other when the value fits.
#include <mysql.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "quarry/core/replace_text.hpp"
#include "quarry/mysql/statement.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::mysql {

// Throws null_value_error for a NULL column, else type_mismatch_error; both name the
// column and the SQL, never the value.
[[noreturn]] void throw_read_error(statement& s, int index, const char* expected);

// A column of another kind than the field's own, converted where nothing is lost, else
// throw_read_error. Out of line (read.cpp): each read below inlines only its own kind.
void read_converted(statement& s, int index, const column_buffer& c, std::int64_t& out);
void read_converted(statement& s, int index, const column_buffer& c, std::uint64_t& out);
void read_converted(statement& s, int index, const column_buffer& c, double& out);

inline void read_value(statement& s, int index, column_buffer& c, std::int64_t& out) {
    if (c.kind == column_kind::integer) [[likely]]
        out = c.integer;
    else if (c.kind == column_kind::integer32)
        out = c.integer32;
    else
        read_converted(s, index, c, out);
}

inline void read_value(statement& s, int index, column_buffer& c, std::int32_t& out) {
    if (c.kind == column_kind::integer32) [[likely]] {
        out = c.integer32;
        return;
    }
    std::int64_t number = c.integer;
    if (c.kind != column_kind::integer) [[unlikely]]
        read_converted(s, index, c, number);
    if (number < std::numeric_limits<std::int32_t>::min() || number > std::numeric_limits<std::int32_t>::max())
        [[unlikely]]
        throw_read_error(s, index, "an integer within 32 bits");
    out = static_cast<std::int32_t>(number);
}

template <class Unsigned>
    requires std::is_same_v<Unsigned, std::uint32_t> || std::is_same_v<Unsigned, std::uint64_t>
void read_value(statement& s, int index, column_buffer& c, Unsigned& out) {
    auto number = static_cast<std::uint64_t>(c.integer);
    if (c.kind != column_kind::unsigned_integer) [[unlikely]]
        read_converted(s, index, c, number);
    if (number > std::numeric_limits<Unsigned>::max()) [[unlikely]]
        throw_read_error(s, index, "an unsigned integer in range");
    out = static_cast<Unsigned>(number);
}

// DECIMAL arrives as the server's text ("-12.50", scale kept): copied, never rounded.
inline void read_value(statement& s, int index, column_buffer& c, decimal& out) {
    switch (c.kind) {
        case column_kind::decimal:
            if (decimal::well_formed(c.text())) {
                out = decimal(c.text());
                return;
            }
            break;
        case column_kind::integer:
        case column_kind::integer32: out = decimal(std::to_string(c.integer_value())); return;
        case column_kind::unsigned_integer: out = decimal(std::to_string(static_cast<std::uint64_t>(c.integer))); return;
        default: break;
    }
    throw_read_error(s, index, "a DECIMAL or an integer");
}

// BOOLEAN is TINYINT(1), and comparisons yield integers: any integer column holding 0 or 1.
inline void read_value(statement& s, int index, column_buffer& c, bool& out) {
    if (!c.holds_integer() || (c.integer_value() != 0 && c.integer_value() != 1))
        [[unlikely]]
        throw_read_error(s, index, "a boolean (0 or 1)");
    out = c.integer_value() == 1;
}

inline void read_value(statement& s, int index, column_buffer& c, double& out) {
    if (c.kind == column_kind::real) [[likely]]
        out = c.real;
    else
        read_converted(s, index, c, out);
}

// The bytes of a value that fits its column's buffer, replacing `out`'s.
inline void copy_buffered(std::string& out, const char* bytes, std::size_t size) { replace_text(out, bytes, size); }
inline void copy_buffered(blob& out, const char* bytes, std::size_t size) {
    const auto* first = reinterpret_cast<const std::byte*>(bytes);
    out.assign(first, first + size);
}

template <class Bytes>
void copy_bytes(statement& s, int index, const column_buffer& c, Bytes& out) {
    if (c.length <= c.bytes.size()) [[likely]] {
        copy_buffered(out, c.bytes.data(), c.length);
    } else {
        out.resize(c.length);
        s.fetch_long(index, out.data(), c.length);
    }
}

inline void read_value(statement& s, int index, column_buffer& c, std::string& out) {
    if (c.kind != column_kind::text) [[unlikely]]
        throw_read_error(s, index, "text");
    copy_bytes(s, index, c, out);
}

inline void read_value(statement& s, int index, column_buffer& c, blob& out) {
    if (c.kind != column_kind::binary) [[unlikely]]
        throw_read_error(s, index, "a blob (binary string)");
    copy_bytes(s, index, c, out);
}

// MySQL allows zero dates ('0000-00-00') outside strict mode; they are no sys_days.
inline std::optional<date> to_date(const MYSQL_TIME& t) {
    const std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(t.year)}, std::chrono::month{t.month},
                                          std::chrono::day{t.day}};
    if (!ymd.ok()) return std::nullopt;
    return date{ymd};
}

inline void read_value(statement& s, int index, column_buffer& c, date& out) {
    const auto day = c.kind == column_kind::date ? to_date(c.time) : std::nullopt;
    if (!day) [[unlikely]]
        throw_read_error(s, index, "a date");
    out = *day;
}

inline void read_value(statement& s, int index, column_buffer& c, timestamp& out) {
    const auto day = c.kind == column_kind::datetime ? to_date(c.time) : std::nullopt;
    if (!day) [[unlikely]]
        throw_read_error(s, index, "a DATETIME or TIMESTAMP");
    using namespace std::chrono;
    out = timestamp{*day} + hours{c.time.hour} + minutes{c.time.minute} + seconds{c.time.second} +
          microseconds{c.time.second_part};
}

// Always inlined: called per column of every row, where a call's prologue and epilogue cost
// about a third of a text's copy.
template <class T>
[[gnu::always_inline]] inline void read_field(statement& s, int index, T& out) {
    column_buffer& c = s.column(index);
    if (c.is_null) [[unlikely]]
        throw_read_error(s, index, "a value");
    read_value(s, index, c, out);
}

template <class T>
[[gnu::always_inline]] inline void read_field(statement& s, int index, std::optional<T>& out) {
    column_buffer& c = s.column(index);
    if (c.is_null) {
        out.reset();
    } else {
        if (!out) out.emplace();
        read_value(s, index, c, *out);
    }
}

}  // namespace quarry::mysql
