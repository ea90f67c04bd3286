#pragma once
// Reading a result column into a C++ field. Results arrive in the BINARY format, so
// each read checks the column's type OID (learned once per execution, row_stream.hpp),
// then decodes the bytes; a value of another type throws instead of being converted.
//
// Accepted:  int64/int32  int2, int4, int8, and numeric when integral (int32 range-checked)
//            uint64/uint32 the same, range-checked: a negative value is a type mismatch
//            decimal      numeric (exact, its scale kept: 12.50 stays "12.50"), int2, int4, int8
//            double       float4, float8, numeric, and the integer types
//            bool         bool
//            std::string  text, varchar, bpchar, name
//            blob         bytea
//            date         date
//            timestamp    timestamp, timestamptz (both UTC microseconds on the wire)
#include <libpq-fe.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "quarry/postgresql/bind.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::postgresql {

// One value of the current row.
struct field {
    const PGresult* result;
    int row;
    int column;
    Oid column_type;
    std::string_view sql;

    Oid type() const noexcept { return column_type; }
    const char* data() const noexcept { return PQgetvalue(result, row, column); }
    int length() const noexcept { return PQgetlength(result, row, column); }
    bool is_null() const noexcept { return PQgetisnull(result, row, column) != 0; }
};

// Throws null_value_error for a NULL field, else type_mismatch_error; both name the
// column and the SQL, never the value.
[[noreturn]] void throw_read_error(const field& f, const char* expected);

// NUMERIC's binary form (base-10000 digits) as an exact integer, if it is one and fits.
std::optional<std::int64_t> numeric_to_int64(const char* data, int length);
// NUMERIC's binary form as an exact unsigned integer, if it is one, not negative, and fits.
std::optional<std::uint64_t> numeric_to_uint64(const char* data, int length);
// NUMERIC's binary form as decimal text with all dscale fraction digits; nullopt for NaN
// and the infinities.
std::optional<std::string> numeric_to_text(const char* data, int length);
// NUMERIC's binary form as the nearest double; nullopt for NaN.
std::optional<double> numeric_to_double(const char* data, int length);

template <class U>
U load_big_endian(const char* data) noexcept {
    U value;
    std::memcpy(&value, data, sizeof(U));
    return network_order(value);
}

// A NUMERIC that holds a whole number (SUM over bigint, for one), else a type mismatch.
std::int64_t read_numeric_integer(const field& f, const char* expected);

// The integer types inline (a read per field of a scan); anything else out of line.
inline std::int64_t read_integer(const field& f, const char* expected) {
    switch (f.type()) {
        case oid::int8: return static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data()));
        case oid::int4: return static_cast<std::int32_t>(load_big_endian<std::uint32_t>(f.data()));
        case oid::int2: return static_cast<std::int16_t>(load_big_endian<std::uint16_t>(f.data()));
        default: return read_numeric_integer(f, expected);
    }
}

// Each field's own column type first, without a call: the compiler does not inline
// read_integer everywhere.
inline void read_value(const field& f, std::int64_t& out) {
    if (f.type() == oid::int8) [[likely]]
        out = static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data()));
    else
        out = read_integer(f, "an integer");
}
inline void read_value(const field& f, std::int32_t& out) {
    if (f.type() == oid::int4) [[likely]] {
        out = static_cast<std::int32_t>(load_big_endian<std::uint32_t>(f.data()));
        return;
    }
    const std::int64_t value = read_integer(f, "an integer within 32 bits");
    if (value < std::numeric_limits<std::int32_t>::min() || value > std::numeric_limits<std::int32_t>::max())
        [[unlikely]]
        throw_read_error(f, "an integer within 32 bits");
    out = static_cast<std::int32_t>(value);
}
template <class Unsigned>
    requires std::is_same_v<Unsigned, std::uint32_t> || std::is_same_v<Unsigned, std::uint64_t>
void read_value(const field& f, Unsigned& out) {
    constexpr const char* expected = "an unsigned integer in range";
    std::uint64_t value = 0;
    switch (f.type()) {
        case oid::int8:
        case oid::int4:
        case oid::int2: {
            const std::int64_t signed_value = read_integer(f, expected);
            if (signed_value < 0) [[unlikely]]
                throw_read_error(f, expected);
            value = static_cast<std::uint64_t>(signed_value);
            break;
        }
        case oid::numeric:
            // NUMERIC(20) is where a std::uint64_t column lives.
            if (auto number = numeric_to_uint64(f.data(), f.length())) {
                value = *number;
                break;
            }
            throw_read_error(f, expected);
        default: throw_read_error(f, expected);
    }
    if (value > std::numeric_limits<Unsigned>::max()) [[unlikely]]
        throw_read_error(f, expected);
    out = static_cast<Unsigned>(value);
}
inline void read_value(const field& f, decimal& out) {
    switch (f.type()) {
        case oid::numeric:
            if (auto text = numeric_to_text(f.data(), f.length())) {
                out = decimal(*text);
                return;
            }
            break;
        case oid::int8:
        case oid::int4:
        case oid::int2: out = decimal(std::to_string(read_integer(f, "a decimal number"))); return;
        default: break;
    }
    throw_read_error(f, "a finite decimal number");
}
inline void read_value(const field& f, double& out) {
    switch (f.type()) {
        case oid::float8: out = std::bit_cast<double>(load_big_endian<std::uint64_t>(f.data())); return;
        case oid::float4: out = std::bit_cast<float>(load_big_endian<std::uint32_t>(f.data())); return;
        case oid::numeric:
            if (auto value = numeric_to_double(f.data(), f.length())) {
                out = *value;
                return;
            }
            break;
        case oid::int8:
        case oid::int4:
        case oid::int2: out = static_cast<double>(read_integer(f, "a number")); return;
        default: break;
    }
    throw_read_error(f, "a number");
}
inline void read_value(const field& f, bool& out) {
    if (f.type() != oid::boolean) [[unlikely]]
        throw_read_error(f, "a boolean");
    out = *f.data() != 0;
}
// Text whose length is already known (read_field below).
inline void read_text(const field& f, int length, std::string& out) {
    const Oid type = f.type();
    if (type != oid::text && type != oid::varchar && type != oid::bpchar && type != oid::name &&
        type != oid::unknown) [[unlikely]]
        throw_read_error(f, "text");
    // resize and copy: cheaper than assign's general path (the source may overlap) on a
    // field that starts empty, as every row's does.
    const auto size = static_cast<std::size_t>(length);
    out.resize(size);
    if (size != 0) std::memcpy(out.data(), f.data(), size);
}
inline void read_value(const field& f, blob& out) {
    if (f.type() != oid::bytea) [[unlikely]]
        throw_read_error(f, "a blob (bytea)");
    const auto* bytes = reinterpret_cast<const std::byte*>(f.data());
    out.assign(bytes, bytes + f.length());
}
inline void read_value(const field& f, date& out) {
    if (f.type() != oid::date) [[unlikely]]
        throw_read_error(f, "a date");
    const auto days = static_cast<std::int32_t>(load_big_endian<std::uint32_t>(f.data()));
    // 'infinity' and '-infinity' are the extreme values; no sys_days means them.
    if (days == std::numeric_limits<std::int32_t>::max() || days == std::numeric_limits<std::int32_t>::min())
        [[unlikely]]
        throw_read_error(f, "a finite date");
    out = postgres_epoch + std::chrono::days{days};
}
inline void read_value(const field& f, timestamp& out) {
    if (f.type() != oid::timestamp && f.type() != oid::timestamptz) [[unlikely]]
        throw_read_error(f, "a timestamp");
    const auto micros = static_cast<std::int64_t>(load_big_endian<std::uint64_t>(f.data()));
    if (micros == std::numeric_limits<std::int64_t>::max() || micros == std::numeric_limits<std::int64_t>::min())
        [[unlikely]]
        throw_read_error(f, "a finite timestamp");
    out = timestamp{postgres_epoch} + std::chrono::microseconds{micros};
}

template <class T>
void read_field(const field& f, T& out) {
    if (f.is_null()) [[unlikely]]
        throw_read_error(f, "a value");
    read_value(f, out);
}

template <class T>
void read_field(const field& f, std::optional<T>& out) {
    if (f.is_null()) {
        out.reset();
    } else {
        if (!out) out.emplace();
        read_value(f, *out);
    }
}

// libpq gives a NULL the length 0, so text that is not empty needs no NULL check: one
// libpq call less per text field of a row.
inline void read_field(const field& f, std::string& out) {
    const int length = f.length();
    if (length == 0 && f.is_null()) [[unlikely]]
        throw_read_error(f, "a value");
    read_text(f, length, out);
}

inline void read_field(const field& f, std::optional<std::string>& out) {
    const int length = f.length();
    if (length == 0 && f.is_null()) {
        out.reset();
    } else {
        if (!out) out.emplace();
        read_text(f, length, *out);
    }
}

}  // namespace quarry::postgresql
