#pragma once
// Reading a result column into a C++ field. Each read asks SQLite for the column's
// storage class once; that one probe both catches NULL and checks the type, so a
// wrong value throws instead of being silently converted.
#include <sqlite3.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "quarry/core/iso8601.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::sqlite {

// Throws null_value_error or type_mismatch_error naming the column and the SQL.
[[noreturn]] void throw_read_error(sqlite3_stmt* stmt, int index, int storage_class, const char* expected);

inline void expect(sqlite3_stmt* stmt, int index, int storage_class, int wanted, const char* expected) {
    if (storage_class != wanted) [[unlikely]]
        throw_read_error(stmt, index, storage_class, expected);
}

inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, std::int64_t& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "an integer");
    out = sqlite3_column_int64(stmt, index);
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, std::int32_t& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "an integer");
    const std::int64_t value = sqlite3_column_int64(stmt, index);
    if (value < std::numeric_limits<std::int32_t>::min() || value > std::numeric_limits<std::int32_t>::max())
        [[unlikely]]
        throw_read_error(stmt, index, storage_class, "an integer within 32 bits");
    out = static_cast<std::int32_t>(value);
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, bool& out) {
    expect(stmt, index, storage_class, SQLITE_INTEGER, "a boolean (0 or 1)");
    const std::int64_t value = sqlite3_column_int64(stmt, index);
    if (value != 0 && value != 1) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a boolean (0 or 1)");
    out = value == 1;
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, double& out) {
    // SQLite stores whole REAL values as integers on disk and may hand them back as such.
    if (storage_class != SQLITE_FLOAT && storage_class != SQLITE_INTEGER) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a number");
    out = sqlite3_column_double(stmt, index);
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, std::string& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
    out.assign(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index)));
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, blob& out) {
    expect(stmt, index, storage_class, SQLITE_BLOB, "a blob");
    const auto* bytes = static_cast<const std::byte*>(sqlite3_column_blob(stmt, index));
    out.assign(bytes, bytes + sqlite3_column_bytes(stmt, index));
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, date& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "a date as YYYY-MM-DD text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
    auto value = iso8601::parse_date({text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index))});
    if (!value) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a date as YYYY-MM-DD text");
    out = *value;
}
inline void read_value(sqlite3_stmt* stmt, int index, int storage_class, timestamp& out) {
    expect(stmt, index, storage_class, SQLITE_TEXT, "a timestamp as YYYY-MM-DD HH:MM:SS text");
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
    auto value = iso8601::parse_timestamp({text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index))});
    if (!value) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a timestamp as YYYY-MM-DD HH:MM:SS text");
    out = *value;
}

template <class T>
void read_field(sqlite3_stmt* stmt, int index, T& out) {
    const int storage_class = sqlite3_column_type(stmt, index);
    if (storage_class == SQLITE_NULL) [[unlikely]]
        throw_read_error(stmt, index, storage_class, "a value");
    read_value(stmt, index, storage_class, out);
}

template <class T>
void read_field(sqlite3_stmt* stmt, int index, std::optional<T>& out) {
    const int storage_class = sqlite3_column_type(stmt, index);
    if (storage_class == SQLITE_NULL) {
        out.reset();
    } else {
        if (!out) out.emplace();
        read_value(stmt, index, storage_class, *out);
    }
}

}  // namespace quarry::sqlite
