// NUMERIC's binary form (base-10000 digits) decoded exactly: into integers when it holds
// one, into decimal text that keeps its scale, or into the nearest double.
#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "quarry/postgresql/read.hpp"

namespace quarry::postgresql {

namespace {

// NUMERIC on the wire: ndigits, weight, sign, dscale (int16 each), then ndigits base-10000
// digits, the first worth 10000^weight. dscale is the number of digits after the point
// the value was written with (12.50 has 2), trailing zero digits not being stored.
struct numeric_view {
    int ndigits = 0;
    int weight = 0;
    unsigned sign = 0;
    int dscale = 0;
    const char* digits = nullptr;

    static constexpr unsigned negative = 0x4000, nan = 0xC000, plus_infinity = 0xD000, minus_infinity = 0xF000;

    int digit(int i) const { return static_cast<std::int16_t>(load_big_endian<std::uint16_t>(digits + 2 * i)); }
    // The digit worth 10000^(weight - i); those outside the stored ones are zeros.
    int digit_or_zero(int i) const { return i >= 0 && i < ndigits ? digit(i) : 0; }
};

std::optional<numeric_view> parse_numeric(const char* data, int length) {
    if (length < 8) return std::nullopt;
    numeric_view n;
    n.ndigits = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(data));
    n.weight = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(data + 2));
    n.sign = load_big_endian<std::uint16_t>(data + 4);
    n.dscale = load_big_endian<std::uint16_t>(data + 6) & 0x3FFF;
    n.digits = data + 8;
    if (n.ndigits < 0 || length < 8 + 2 * n.ndigits) return std::nullopt;
    return n;
}

// A whole NUMERIC as its sign and magnitude; nullopt if it has a fraction, is not
// finite, or its magnitude does not fit 64 bits.
struct whole_number {
    bool negative;
    std::uint64_t magnitude;
};

std::optional<whole_number> numeric_to_whole(const char* data, int length) {
    const auto n = parse_numeric(data, length);
    if (!n || (n->sign != 0 && n->sign != numeric_view::negative)) return std::nullopt;
    std::uint64_t magnitude = 0;
    auto append = [&](int digit) {
        return !__builtin_mul_overflow(magnitude, std::uint64_t{10000}, &magnitude) &&
               !__builtin_add_overflow(magnitude, static_cast<std::uint64_t>(digit), &magnitude);
    };
    for (int i = 0; i < n->ndigits; ++i) {
        if (n->weight - i < 0) {
            if (n->digit(i) != 0) return std::nullopt;  // a fraction
        } else if (!append(n->digit(i))) {
            return std::nullopt;
        }
    }
    // Trailing zero digits are not stored.
    for (int i = n->ndigits; i <= n->weight; ++i) {
        if (!append(0)) return std::nullopt;
    }
    return whole_number{n->sign == numeric_view::negative, magnitude};
}

// Four decimal digits, zero-padded.
void append_group(std::string& text, int digit) {
    const char group[4] = {static_cast<char>('0' + digit / 1000), static_cast<char>('0' + digit / 100 % 10),
                           static_cast<char>('0' + digit / 10 % 10), static_cast<char>('0' + digit % 10)};
    text.append(group, 4);
}

}  // namespace

std::optional<std::int64_t> numeric_to_int64(const char* data, int length) {
    const auto whole = numeric_to_whole(data, length);
    if (!whole) return std::nullopt;
    // The magnitude may reach 2^63 when negative.
    const std::uint64_t limit = whole->negative ? std::uint64_t{1} << 63 : std::numeric_limits<std::int64_t>::max();
    if (whole->magnitude > limit) return std::nullopt;
    if (whole->negative) {
        return whole->magnitude == limit ? std::numeric_limits<std::int64_t>::min()
                                         : -static_cast<std::int64_t>(whole->magnitude);
    }
    return static_cast<std::int64_t>(whole->magnitude);
}

std::optional<std::uint64_t> numeric_to_uint64(const char* data, int length) {
    const auto whole = numeric_to_whole(data, length);
    if (!whole || (whole->negative && whole->magnitude != 0)) return std::nullopt;
    return whole->magnitude;
}

// As PostgreSQL's own numeric_out writes it: the integer part without leading zeros
// ("0" if there is none), then exactly dscale fraction digits.
std::optional<std::string> numeric_to_text(const char* data, int length) {
    const auto n = parse_numeric(data, length);
    if (!n || (n->sign != 0 && n->sign != numeric_view::negative)) return std::nullopt;
    std::string text;
    if (n->sign == numeric_view::negative) text += '-';
    if (n->weight < 0) {
        text += '0';
    } else {
        text += std::to_string(n->digit_or_zero(0));
        for (int i = 1; i <= n->weight; ++i) append_group(text, n->digit_or_zero(i));
    }
    if (n->dscale > 0) {
        text += '.';
        const std::size_t end = text.size() + static_cast<std::size_t>(n->dscale);
        for (int i = n->weight + 1; text.size() < end; ++i) append_group(text, n->digit_or_zero(i));
        text.resize(end);  // the last group may run past the scale
    }
    return text;
}

std::optional<double> numeric_to_double(const char* data, int length) {
    const auto n = parse_numeric(data, length);
    if (!n) return std::nullopt;
    switch (n->sign) {
        case numeric_view::nan: return std::numeric_limits<double>::quiet_NaN();
        case numeric_view::plus_infinity: return std::numeric_limits<double>::infinity();
        case numeric_view::minus_infinity: return -std::numeric_limits<double>::infinity();
        default: break;
    }
    // As decimal text, "-DDDD...e<exponent>", so that from_chars rounds correctly once.
    std::string text = n->sign == numeric_view::negative ? "-0" : "0";
    for (int i = 0; i < n->ndigits; ++i) append_group(text, n->digit(i));
    text += 'e';
    text += std::to_string(4 * (n->weight - n->ndigits + 1));
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    // Out of double's range: from_chars leaves the value alone and reports it.
    if (error == std::errc::result_out_of_range) return std::nullopt;
    return value;
}

std::int64_t read_numeric_integer(const field& f, const char* expected) {
    if (f.type() == oid::numeric) {
        if (auto value = numeric_to_int64(f.data(), f.length())) return *value;
    }
    throw_read_error(f, expected);
}

}  // namespace quarry::postgresql
