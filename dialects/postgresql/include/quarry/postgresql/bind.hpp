#pragma once
// Binding C++ values as PostgreSQL parameters, 1-based, each with the type OID its C++
// type names (a NULL std::optional too), so the server never guesses a parameter's type
// from its context. Values go in the BINARY format, except NUMERIC ones (quarry::decimal,
// std::uint64_t): their text is already exact, and the server parses it into any scale.
//
// PostgreSQL has no unsigned types: std::uint32_t binds as int8, which holds all of it,
// and std::uint64_t as NUMERIC (its columns are NUMERIC(20)).
//
// The values are copied into the statement: the query object that owns them may be
// gone before the statement executes (a result executes on its first step).
#include <libpq-fe.h>

#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/schema/value_types.hpp"

namespace quarry::postgresql {

// The built-in type OIDs Quarry reads and writes (pg_type.oid, fixed since forever).
namespace oid {
inline constexpr Oid boolean = 16, bytea = 17, name = 19, int8 = 20, int2 = 21, int4 = 23, text = 25, float4 = 700,
                     float8 = 701, unknown = 705, bpchar = 1042, varchar = 1043, date = 1082, timestamp = 1114,
                     timestamptz = 1184, numeric = 1700;
}  // namespace oid

// PostgreSQL's binary dates and timestamps count from 2000-01-01, not 1970-01-01.
inline constexpr std::chrono::sys_days postgres_epoch{std::chrono::days{10957}};

// The parameters of one execution, kept in the parallel arrays libpq takes.
class parameters {
public:
    void set(int index, Oid type, const void* data, std::size_t size) {
        const auto i = slot(index, type);
        buffers_[i].assign(static_cast<const char*>(data), size);
        null_[i] = false;
        formats_[i] = 1;
    }
    // A value in the TEXT format; libpq sends it up to its terminating NUL, which the
    // std::string buffer always has.
    void set_text(int index, Oid type, std::string_view text) {
        const auto i = slot(index, type);
        buffers_[i].assign(text);
        null_[i] = false;
        formats_[i] = 0;
    }
    void set_null(int index, Oid type) { null_[slot(index, type)] = true; }

    // Fills the pointer and length arrays; buffers may have moved since they were set.
    void prepare_arrays() {
        values_.resize(buffers_.size());
        for (std::size_t i = 0; i != buffers_.size(); ++i) {
            values_[i] = null_[i] ? nullptr : buffers_[i].data();
            lengths_[i] = static_cast<int>(buffers_[i].size());
        }
    }

    int count() const noexcept { return static_cast<int>(types_.size()); }
    const std::vector<Oid>& types() const noexcept { return types_; }
    const char* const* values() const noexcept { return values_.data(); }
    const int* lengths() const noexcept { return lengths_.data(); }
    const int* formats() const noexcept { return formats_.data(); }

private:
    std::size_t slot(int index, Oid type) {
        const auto i = static_cast<std::size_t>(index - 1);
        if (i >= types_.size()) {
            types_.resize(i + 1);
            buffers_.resize(i + 1);
            null_.resize(i + 1);
            lengths_.resize(i + 1);
            formats_.resize(i + 1, 1);
        }
        types_[i] = type;
        return i;
    }

    std::vector<Oid> types_;
    std::vector<std::string> buffers_;
    std::vector<char> null_;
    std::vector<const char*> values_;
    std::vector<int> lengths_;
    std::vector<int> formats_;
};

// Network byte order, as the binary format wants.
template <class U>
void bind_big_endian(parameters& p, int index, Oid type, U value) {
    unsigned char bytes[sizeof(U)];
    for (std::size_t i = 0; i != sizeof(U); ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * (sizeof(U) - 1 - i)));
    p.set(index, type, bytes, sizeof bytes);
}

template <class T>
inline constexpr Oid type_oid = 0;
template <>
inline constexpr Oid type_oid<std::int32_t> = oid::int4;
template <>
inline constexpr Oid type_oid<std::int64_t> = oid::int8;
template <>
inline constexpr Oid type_oid<std::uint32_t> = oid::int8;
template <>
inline constexpr Oid type_oid<std::uint64_t> = oid::numeric;
template <>
inline constexpr Oid type_oid<decimal> = oid::numeric;
template <>
inline constexpr Oid type_oid<double> = oid::float8;
template <>
inline constexpr Oid type_oid<bool> = oid::boolean;
template <>
inline constexpr Oid type_oid<std::string> = oid::text;
template <>
inline constexpr Oid type_oid<blob> = oid::bytea;
template <>
inline constexpr Oid type_oid<date> = oid::date;
template <>
inline constexpr Oid type_oid<timestamp> = oid::timestamp;

inline void bind_value(parameters& p, int index, std::int32_t value) {
    bind_big_endian(p, index, oid::int4, static_cast<std::uint32_t>(value));
}
inline void bind_value(parameters& p, int index, std::int64_t value) {
    bind_big_endian(p, index, oid::int8, static_cast<std::uint64_t>(value));
}
inline void bind_value(parameters& p, int index, std::uint32_t value) {
    bind_big_endian(p, index, oid::int8, std::uint64_t{value});
}
inline void bind_value(parameters& p, int index, std::uint64_t value) {
    p.set_text(index, oid::numeric, std::to_string(value));
}
inline void bind_value(parameters& p, int index, const decimal& value) {
    p.set_text(index, oid::numeric, value.str());
}
inline void bind_value(parameters& p, int index, double value) {
    bind_big_endian(p, index, oid::float8, std::bit_cast<std::uint64_t>(value));
}
inline void bind_value(parameters& p, int index, bool value) {
    const char byte = value ? 1 : 0;
    p.set(index, oid::boolean, &byte, 1);
}
// Text must be valid UTF-8 without NUL bytes: PostgreSQL rejects anything else.
inline void bind_value(parameters& p, int index, const std::string& value) {
    p.set(index, oid::text, value.data(), value.size());
}
// An empty blob is an empty value, not NULL: the buffer is empty but not null.
inline void bind_value(parameters& p, int index, const blob& value) {
    p.set(index, oid::bytea, value.data(), value.size());
}
inline void bind_value(parameters& p, int index, date value) {
    const auto days = (value - postgres_epoch).count();
    bind_big_endian(p, index, oid::date, static_cast<std::uint32_t>(static_cast<std::int32_t>(days)));
}
inline void bind_value(parameters& p, int index, timestamp value) {
    const auto micros = (value - timestamp{postgres_epoch}).count();
    bind_big_endian(p, index, oid::timestamp, static_cast<std::uint64_t>(static_cast<std::int64_t>(micros)));
}
template <class T>
void bind_value(parameters& p, int index, const std::optional<T>& value) {
    if (value) bind_value(p, index, *value);
    else p.set_null(index, type_oid<T>);
}

}  // namespace quarry::postgresql
