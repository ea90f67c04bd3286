#pragma once
// Binding C++ values to a server-side prepared statement's parameters. Each
// parameter owns a parameter_buffer that its MYSQL_BIND points into; the buffers
// live as long as the statement, so binding a value copies it once and allocates
// only when a text or blob is longer than any bound to that parameter before.
#include <mysql.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

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
    std::string bytes;
    unsigned long length = 0;
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

// Each overload starts from a cleared MYSQL_BIND, so nothing of the value bound
// before (a length, a NULL) carries over.
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, std::int64_t value) {
    p.int64 = value;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_LONGLONG;
    b.buffer = &p.int64;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, std::int32_t value) {
    p.int32 = value;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_LONG;
    b.buffer = &p.int32;
}
// is_unsigned makes the server take the bits as INT UNSIGNED / BIGINT UNSIGNED, so
// 2^64-1 arrives as itself, not as -1.
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, std::uint64_t value) {
    p.uint64 = value;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_LONGLONG;
    b.buffer = &p.uint64;
    b.is_unsigned = 1;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, std::uint32_t value) {
    p.uint32 = value;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_LONG;
    b.buffer = &p.uint32;
    b.is_unsigned = 1;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, bool value) {
    p.tiny = value ? 1 : 0;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_TINY;
    b.buffer = &p.tiny;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, double value) {
    p.real = value;
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_DOUBLE;
    b.buffer = &p.real;
}

inline void bind_bytes(MYSQL_BIND& b, parameter_buffer& p, enum_field_types type, const char* data, std::size_t size) {
    p.bytes.assign(data, size);
    p.length = static_cast<unsigned long>(size);
    b = MYSQL_BIND{};
    b.buffer_type = type;
    b.buffer = p.bytes.data();  // never null, so an empty value stays empty rather than NULL
    b.buffer_length = p.length;
    b.length = &p.length;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, const std::string& value) {
    bind_bytes(b, p, MYSQL_TYPE_STRING, value.data(), value.size());
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, const blob& value) {
    bind_bytes(b, p, MYSQL_TYPE_BLOB, reinterpret_cast<const char*>(value.data()), value.size());
}
// A decimal travels as its text, typed NEWDECIMAL so the server compares and stores
// it as an exact number, never through a double.
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, const decimal& value) {
    bind_bytes(b, p, MYSQL_TYPE_NEWDECIMAL, value.str().data(), value.str().size());
}

inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, date value) {
    p.time = to_mysql_time(value, MYSQL_TIMESTAMP_DATE);
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_DATE;
    b.buffer = &p.time;
}
inline void bind_value(MYSQL_BIND& b, parameter_buffer& p, timestamp value) {
    p.time = to_mysql_time(value);
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_DATETIME;
    b.buffer = &p.time;
}

template <class T>
void bind_value(MYSQL_BIND& b, parameter_buffer& p, const std::optional<T>& value) {
    if (value) {
        bind_value(b, p, *value);
    } else {
        b = MYSQL_BIND{};
        b.buffer_type = MYSQL_TYPE_NULL;
    }
}

}  // namespace quarry::mysql
