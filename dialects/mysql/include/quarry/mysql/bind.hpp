#pragma once
// Binding C++ values to a server-side prepared statement's parameters. Each
// parameter owns a parameter_buffer that its MYSQL_BIND points into; the buffers
// live as long as the statement, so binding a value copies it once and allocates
// only when a text or blob is longer than any bound to that parameter before.
// Each bind_value returns whether the MYSQL_BIND changed (a type, a buffer's address):
// only then must the client be given the binds again. A NULL is a flag (is_null), so that
// NULLs and values alternating in one column do not change the binds.
#include <mysql.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "quarry/schema/value_types.hpp"

namespace quarry::mysql {

struct parameter_buffer {
    std::int64_t int64 = 0;
    std::uint64_t uint64 = 0;
    std::int32_t int32 = 0;
    std::uint32_t uint32 = 0;
    double real = 0;
    signed char tiny = 0;
    MYSQL_TIME time{};
    std::string bytes;  // only grows, so that it seldom moves
    unsigned long length = 0;
    my_bool is_null = 0;
};

inline MYSQL_TIME to_mysql_time(date value, enum_mysql_timestamp_type type) {
    const std::chrono::year_month_day ymd{value};
    MYSQL_TIME time{};
    time.year = static_cast<unsigned>(static_cast<int>(ymd.year()));
    time.month = static_cast<unsigned>(ymd.month());
    time.day = static_cast<unsigned>(ymd.day());
    time.time_type = type;
    return time;
}

inline MYSQL_TIME to_mysql_time(timestamp value) {
    // floor, not truncation: a moment before 1970 belongs to the day that starts before it.
    const date day = std::chrono::floor<std::chrono::days>(value);
    const std::chrono::hh_mm_ss<std::chrono::microseconds> clock{value - day};
    MYSQL_TIME time = to_mysql_time(day, MYSQL_TIMESTAMP_DATETIME);
    time.hour = static_cast<unsigned>(clock.hours().count());
    time.minute = static_cast<unsigned>(clock.minutes().count());
    time.second = static_cast<unsigned>(clock.seconds().count());
    time.second_part = static_cast<unsigned long>(clock.subseconds().count());
    return time;
}

// Points `b` at `buffer`, not NULL; true when it pointed elsewhere or at another type. A
// changed MYSQL_BIND starts from cleared, so nothing of the value bound before carries over.
// Each buffer of a parameter_buffer serves one signedness and one length pointer (only the
// bytes have a length), so the type and the buffer are all there is to compare.
inline bool point_at(MYSQL_BIND& b, parameter_buffer& p, enum_field_types type, void* buffer,
                     bool is_unsigned = false, unsigned long* length = nullptr) {
    p.is_null = 0;
    if (b.buffer_type == type && b.buffer == buffer) return false;
    b = MYSQL_BIND{};
    b.buffer_type = type;
    b.buffer = buffer;
    b.is_unsigned = is_unsigned;
    b.length = length;
    b.is_null = &p.is_null;
    return true;
}

inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, std::int64_t value) {
    p.int64 = value;
    return point_at(b, p, MYSQL_TYPE_LONGLONG, &p.int64);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, std::int32_t value) {
    p.int32 = value;
    return point_at(b, p, MYSQL_TYPE_LONG, &p.int32);
}
// is_unsigned makes the server take the bits as INT UNSIGNED / BIGINT UNSIGNED, so
// 2^64-1 arrives as itself, not as -1.
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, std::uint64_t value) {
    p.uint64 = value;
    return point_at(b, p, MYSQL_TYPE_LONGLONG, &p.uint64, true);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, std::uint32_t value) {
    p.uint32 = value;
    return point_at(b, p, MYSQL_TYPE_LONG, &p.uint32, true);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, bool value) {
    p.tiny = value ? 1 : 0;
    return point_at(b, p, MYSQL_TYPE_TINY, &p.tiny);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, double value) {
    p.real = value;
    return point_at(b, p, MYSQL_TYPE_DOUBLE, &p.real);
}

// The buffer never null, so an empty value stays empty rather than NULL; its length is
// read through p.length at each execution. Copied with memcpy into a buffer that only
// grows: no allocation once it is large enough, and no new binds.
inline bool bind_bytes(MYSQL_BIND& b, parameter_buffer& p, enum_field_types type, const char* data, std::size_t size) {
    if (p.bytes.size() < size) p.bytes.resize(std::max(size, 2 * p.bytes.size()));
    if (size != 0) std::memcpy(p.bytes.data(), data, size);
    p.length = static_cast<unsigned long>(size);
    return point_at(b, p, type, p.bytes.data(), false, &p.length);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, std::string_view value) {
    return bind_bytes(b, p, MYSQL_TYPE_STRING, value.data(), value.size());
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, const blob& value) {
    return bind_bytes(b, p, MYSQL_TYPE_BLOB, reinterpret_cast<const char*>(value.data()), value.size());
}
// A decimal travels as its text, typed NEWDECIMAL so the server compares and stores
// it as an exact number, never through a double.
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, const decimal& value) {
    return bind_bytes(b, p, MYSQL_TYPE_NEWDECIMAL, value.str().data(), value.str().size());
}

inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, date value) {
    p.time = to_mysql_time(value, MYSQL_TIMESTAMP_DATE);
    return point_at(b, p, MYSQL_TYPE_DATE, &p.time);
}
inline bool bind_value(MYSQL_BIND& b, parameter_buffer& p, timestamp value) {
    p.time = to_mysql_time(value);
    return point_at(b, p, MYSQL_TYPE_DATETIME, &p.time);
}

// A NULL after a value keeps that value's bind and sets its is_null flag.
template <class T>
bool bind_value(MYSQL_BIND& b, parameter_buffer& p, const std::optional<T>& value) {
    if (value) return bind_value(b, p, *value);
    if (b.is_null == &p.is_null && b.buffer_type != MYSQL_TYPE_NULL) {
        p.is_null = 1;
        return false;
    }
    return point_at(b, p, MYSQL_TYPE_NULL, nullptr);
}

}  // namespace quarry::mysql
