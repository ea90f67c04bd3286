#pragma once
// Binding C++ values as PostgreSQL parameters, 1-based, each with the type OID its C++
// type names (a NULL std::optional too), so the server never guesses a parameter's type
// from its context. Values go in the BINARY format, except NUMERIC ones (quarry::decimal,
// std::uint64_t): their text is already exact, and the server parses it into any scale.
//
// PostgreSQL has no unsigned types: std::uint32_t binds as int8, which holds all of it,
// and std::uint64_t as NUMERIC (its columns are NUMERIC(20)).
//
// A query's values are copied into the statement: the query object that owns them may
// be gone before the statement executes (a result executes on its first step). Other
// statements run before their values die, so their text and bytes are not copied.
#include <libpq-fe.h>

#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
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

// The parameters of one execution, kept in the parallel arrays libpq takes, each value
// pointed at as it is set. A value of up to 8 bytes (integers, floats, dates: the binary
// format's fixed-width types) is kept in a per-slot word, so binding it never allocates;
// text and bytes are copied into a per-slot string whose capacity is reused, or, for a
// value that lives until the execution has run (bind_lasting), pointed at where they
// are. The arrays live on the heap, so moving the parameters keeps the pointers valid.
class parameters {
public:
    void set_fixed(int index, Oid type, const void* data, std::size_t size) {
        const auto i = slot(index, type, source::fixed, size);
        std::memcpy(&fixed_[i], data, size);
        values_[i] = reinterpret_cast<const char*>(&fixed_[i]);
    }
    void set(int index, Oid type, const void* data, std::size_t size) {
        const auto i = slot(index, type, source::owned, size);
        values_[i] = owned_[i].assign(static_cast<const char*>(data), size).c_str();
    }
    // The caller's bytes, which must stay put until the execution has run. An empty
    // value still gets a pointer: a null one would mean NULL.
    void set_lasting(int index, Oid type, const void* data, std::size_t size) {
        const auto i = slot(index, type, source::borrowed, size);
        values_[i] = size ? static_cast<const char*>(data) : "";
    }
    // A NUMERIC value, in the TEXT format; libpq sends it up to its terminating NUL,
    // which the std::string buffer always has.
    void set_text(int index, Oid type, std::string_view text) {
        const auto i = slot(index, type, source::owned, text.size());
        values_[i] = owned_[i].assign(text).c_str();
    }
    void set_null(int index, Oid type) { values_[slot(index, type, source::null, 0)] = nullptr; }

    int count() const noexcept { return static_cast<int>(types_.size()); }
    const Oid* types() const noexcept { return types_.data(); }
    const char* const* values() const noexcept { return values_.data(); }
    const int* lengths() const noexcept { return lengths_.data(); }
    const int* formats() const noexcept { return formats_.data(); }

    // Whether a parameter's type changed since the statement was last prepared with
    // them: a server-side statement is typed, so it must then be prepared again.
    bool types_changed() const noexcept { return types_changed_; }
    void types_prepared() noexcept { types_changed_ = false; }

private:
    enum class source : char { null, fixed, owned, borrowed };
    static constexpr int text_format = 0, binary = 1;

    // A parameter's format follows from its type: NUMERIC goes as text, all else binary
    // (a NULL has no format), so both are stored only when the type changes, which a
    // statement run again with values of the same types never does.
    std::size_t slot(int index, Oid type, source from, std::size_t size) {
        const auto i = static_cast<std::size_t>(index - 1);
        if (i >= types_.size()) [[unlikely]]
            grow(i + 1);
        if (types_[i] != type) [[unlikely]] {
            types_changed_ = true;
            types_[i] = type;
            formats_[i] = type == oid::numeric ? text_format : binary;
        }
        sources_[i] = from;
        lengths_[i] = static_cast<int>(size);
        return i;
    }
    // Growing moves the words and the strings (short ones hold their text inline), so
    // the values already set are pointed at their new places.
    void grow(std::size_t count) {
        types_.resize(count);
        sources_.resize(count, source::null);
        fixed_.resize(count);
        owned_.resize(count);
        values_.resize(count);
        lengths_.resize(count);
        formats_.resize(count, binary);
        for (std::size_t i = 0; i != count; ++i) {
            if (sources_[i] == source::fixed) values_[i] = reinterpret_cast<const char*>(&fixed_[i]);
            if (sources_[i] == source::owned) values_[i] = owned_[i].c_str();
        }
    }

    std::vector<Oid> types_;
    std::vector<source> sources_;
    std::vector<std::uint64_t> fixed_;
    std::vector<std::string> owned_;
    std::vector<const char*> values_;
    std::vector<int> lengths_;
    std::vector<int> formats_;
    bool types_changed_ = false;
};

// An unsigned integer's bytes swapped between the host's order and the network order of
// the binary protocol (either way: the swap is its own inverse). One instruction; g++ 12
// does not see that a shift-and-or loop over the bytes is one, for 64 bits.
template <class U>
U network_order(U value) noexcept {
    static_assert(std::is_unsigned_v<U> && sizeof(U) >= 2 && sizeof(U) <= 8);
    if constexpr (std::endian::native == std::endian::big) return value;
    else if constexpr (sizeof(U) == 2) return __builtin_bswap16(value);
    else if constexpr (sizeof(U) == 4) return __builtin_bswap32(value);
    else return __builtin_bswap64(value);
}

// Network byte order, as the binary format wants.
template <class U>
void bind_big_endian(parameters& p, int index, Oid type, U value) {
    const U ordered = network_order(value);
    p.set_fixed(index, type, &ordered, sizeof ordered);
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
    p.set_fixed(index, oid::boolean, &byte, 1);
}
// Text must be valid UTF-8 without NUL bytes: PostgreSQL rejects anything else.
inline void bind_value(parameters& p, int index, std::string_view value) {
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

// The same, for a value that stays put until the statement has run: text and bytes are
// sent from where they are, uncopied.
template <class T>
void bind_lasting_value(parameters& p, int index, const T& value) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>)
        p.set_lasting(index, oid::text, value.data(), value.size());
    else if constexpr (std::is_same_v<T, blob>)
        p.set_lasting(index, oid::bytea, value.data(), value.size());
    else
        bind_value(p, index, value);
}
template <class T>
void bind_lasting_value(parameters& p, int index, const std::optional<T>& value) {
    if (value) bind_lasting_value(p, index, *value);
    else p.set_null(index, type_oid<T>);
}

}  // namespace quarry::postgresql
