#pragma once
// Binding C++ values to a sqlite3 statement, 1-based, as the query tree's walk hands them over.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "quarry/core/iso8601.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::sqlite {

// Throws database_error for a failed bind (out of memory, value too big).
[[noreturn]] void throw_bind_error(sqlite3_stmt* stmt, int code);

inline void check_bind(sqlite3_stmt* stmt, int code) {
    if (code != SQLITE_OK) [[unlikely]]
        throw_bind_error(stmt, code);
}

inline void bind_value(sqlite3_stmt* stmt, int index, std::int64_t value) {
    check_bind(stmt, sqlite3_bind_int64(stmt, index, value));
}
inline void bind_value(sqlite3_stmt* stmt, int index, std::int32_t value) {
    check_bind(stmt, sqlite3_bind_int(stmt, index, value));
}
inline void bind_value(sqlite3_stmt* stmt, int index, std::uint32_t value) {
    check_bind(stmt, sqlite3_bind_int64(stmt, index, value));
}
// SQLite's integers are signed 64-bit: a larger unsigned value cannot be stored.
void bind_value(sqlite3_stmt* stmt, int index, std::uint64_t value);
inline void bind_value(sqlite3_stmt* stmt, int index, bool value) {
    check_bind(stmt, sqlite3_bind_int(stmt, index, value ? 1 : 0));
}
inline void bind_value(sqlite3_stmt* stmt, int index, double value) {
    check_bind(stmt, sqlite3_bind_double(stmt, index, value));
}
// Text and blobs are copied (SQLITE_TRANSIENT) unless the caller says they stay put until
// the statement's last step (SQLITE_STATIC): a query's result may still be stepped after
// the query object that owns its values is gone, but a statement run to its end inside
// one call is done with them before they go.
inline void bind_value(sqlite3_stmt* stmt, int index, std::string_view value,
                       sqlite3_destructor_type keep = SQLITE_TRANSIENT) {
    check_bind(stmt, sqlite3_bind_text64(stmt, index, value.data(), value.size(), keep, SQLITE_UTF8));
}
inline void bind_value(sqlite3_stmt* stmt, int index, const std::string& value,
                       sqlite3_destructor_type keep = SQLITE_TRANSIENT) {
    bind_value(stmt, index, std::string_view(value), keep);
}
inline void bind_value(sqlite3_stmt* stmt, int index, const decimal& value,
                       sqlite3_destructor_type keep = SQLITE_TRANSIENT) {
    bind_value(stmt, index, value.str(), keep);
}
inline void bind_value(sqlite3_stmt* stmt, int index, const blob& value,
                       sqlite3_destructor_type keep = SQLITE_TRANSIENT) {
    // A null pointer would bind NULL; an empty blob must stay an empty blob.
    check_bind(stmt, value.empty() ? sqlite3_bind_zeroblob(stmt, index, 0)
                                   : sqlite3_bind_blob64(stmt, index, value.data(), value.size(), keep));
}
inline void bind_value(sqlite3_stmt* stmt, int index, date value) {
    bind_value(stmt, index, iso8601::format(value));
}
inline void bind_value(sqlite3_stmt* stmt, int index, timestamp value) {
    bind_value(stmt, index, iso8601::format(value));
}
// Numbers are stored in the statement, and dates are formatted into a temporary: neither
// can be kept by pointer.
template <class T>
void bind_value(sqlite3_stmt* stmt, int index, const T& value, sqlite3_destructor_type) {
    bind_value(stmt, index, value);
}
template <class T>
void bind_value(sqlite3_stmt* stmt, int index, const std::optional<T>& value,
                sqlite3_destructor_type keep = SQLITE_TRANSIENT) {
    if (value) bind_value(stmt, index, *value, keep);
    else check_bind(stmt, sqlite3_bind_null(stmt, index));
}

}  // namespace quarry::sqlite
