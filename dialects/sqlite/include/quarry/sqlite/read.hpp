#pragma once
// Reading a result column into a C++ field. Each read asks SQLite for the column's
// storage class once; that one probe both catches NULL and checks the type, so a
// wrong value throws instead of being silently converted.
//
// Values are read through sqlite3_column_value and the sqlite3_value_* accessors,
// which skip the per-call statement checks of sqlite3_column_*. SQLite calls such a
// value "unprotected": safe only while no other thread uses the connection, which
// holds, since a connection belongs to one thread at a time (it is opened NOMUTEX).
#include <sqlite3.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>
#include <string>

#include "quarry/core/iso8601.hpp"
#include "quarry/core/replace_text.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::sqlite {

// Throws null_value_error or type_mismatch_error naming the column and the SQL.
[[noreturn]] void throw_read_error(sqlite3_stmt* stmt, int index, int storage_class, const char* expected);

inline void expect(sqlite3_stmt* stmt, int index, int storage_class, int wanted, const char* expected) {
    if (storage_class != wanted) [[unlikely]]
        throw_read_error(stmt, index, storage_class, expected);
}

inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, std::int64_t& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "an integer");
    out = sqlite3_value_int64(value);
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, std::int32_t& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "an integer");
    const std::int64_t number = sqlite3_value_int64(value);
    if (number < std::numeric_limits<std::int32_t>::min() || number > std::numeric_limits<std::int32_t>::max())
        [[unlikely]]
        throw_read_error(stmt, index, storage_class, "an integer within 32 bits");
    out = static_cast<std::int32_t>(number);
}
template <class Unsigned>
    requires std::is_unsigned_v<Unsigned> && (!std::is_same_v<Unsigned, bool>)
void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, Unsigned& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "an integer");
    const std::int64_t number = sqlite3_value_int64(value);
    if (number < 0 || static_cast<std::uint64_t>(number) > std::numeric_limits<Unsigned>::max()) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "an unsigned integer in range");
    out = static_cast<Unsigned>(number);
}
// A NUMERIC column holds integers and reals; text only if it was not a number.
void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, decimal& out);
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, bool& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "a boolean (0 or 1)");
    const std::int64_t number = sqlite3_value_int64(value);
    if (number != 0 && number != 1) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a boolean (0 or 1)");
    out = number == 1;
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, double& out) {
    // SQLite stores whole REAL values as integers on disk and may hand them back as such.
    if (storage_class != SQLITE_FLOAT && storage_class != SQLITE_INTEGER) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a number");
    out = sqlite3_value_double(value);
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, std::string& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    replace_text(out, text, static_cast<std::size_t>(sqlite3_value_bytes(value)));
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, blob& out) {
    expect(stmt, index, storage_class, SQLITE_BLOB, "a blob");
    const auto* bytes = static_cast<const std::byte*>(sqlite3_value_blob(value));
    out.assign(bytes, bytes + sqlite3_value_bytes(value));
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, date& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "a date as YYYY-MM-DD text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    auto parsed = iso8601::parse_date({text, static_cast<std::size_t>(sqlite3_value_bytes(value))});
    if (!parsed) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a date as YYYY-MM-DD text");
    out = *parsed;
}
inline void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, timestamp& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "a timestamp as YYYY-MM-DD HH:MM:SS text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    auto parsed = iso8601::parse_timestamp({text, static_cast<std::size_t>(sqlite3_value_bytes(value))});
    if (!parsed) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a timestamp as YYYY-MM-DD HH:MM:SS text");
    out = *parsed;
}

// Always inlined: called per column of every row, where g++ left a text column's read out
// of line, a call per row that cost more than the check of its storage class.
template <class T>
[[gnu::always_inline]] inline void read_field(sqlite3_stmt* stmt, int index, T& out) {
    sqlite3_value* value = sqlite3_column_value(stmt, index);
    const int storage_class = sqlite3_value_type(value);
    if (storage_class == SQLITE_NULL) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a value");
    read_value(stmt, index, value, storage_class, out);
}

template <class T>
[[gnu::always_inline]] inline void read_field(sqlite3_stmt* stmt, int index, std::optional<T>& out) {
    sqlite3_value* value = sqlite3_column_value(stmt, index);
    const int storage_class = sqlite3_value_type(value);
    if (storage_class == SQLITE_NULL) {
        out.reset();
    } else {
        if (!out) out.emplace();
        read_value(stmt, index, value, storage_class, *out);
    }
}

}  // namespace quarry::sqlite
