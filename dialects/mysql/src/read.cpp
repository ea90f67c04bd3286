// The rare paths of reading a column (read.hpp): the conversions that lose nothing, and
// the errors. Out of line, so that the common read, a column of the field's own kind,
// stays a few instructions inlined into the loop over the rows.
#include <charconv>
#include <string>
#include <system_error>
#include <type_traits>

#include "quarry/engine/error.hpp"
#include "quarry/mysql/read.hpp"

namespace quarry::mysql {

namespace {
// "-12.000" into an integer, if the fraction is all zeros and the value fits. For an
// unsigned Integer, from_chars refuses a leading '-', so negative values do not fit.
template <class Integer>
bool integral_decimal(std::string_view text, Integer& out) noexcept {
    const char* end = text.data() + text.size();
    auto [rest, error] = std::from_chars(text.data(), end, out);
    if (error != std::errc{}) return false;
    if (rest == end) return true;
    if (*rest != '.') return false;
    for (++rest; rest != end; ++rest) {
        if (*rest != '0') return false;
    }
    return true;
}

// DECIMAL text into the nearest double.
bool decimal_to_double(std::string_view text, double& out) noexcept {
    const char* end = text.data() + text.size();
    auto [rest, error] = std::from_chars(text.data(), end, out);
    return error == std::errc{} && rest == end;
}

// Every integer kind holds 64 bits (integer_value); a signed kind into an unsigned Integer,
// or the other way round, fits only when those bits are a non-negative int64.
template <class Integer>
void read_integer(statement& s, int index, const column_buffer& c, Integer& out, const char* expected) {
    const bool same_signedness = (c.kind != column_kind::unsigned_integer) == std::is_signed_v<Integer>;
    if (c.holds_integer() && (same_signedness || c.integer_value() >= 0)) {
        out = static_cast<Integer>(c.integer_value());
        return;
    }
    if (c.kind == column_kind::decimal && integral_decimal(c.text(), out)) return;
    throw_read_error(s, index, expected);
}
}  // namespace

void throw_read_error(statement& s, int index, const char* expected) {
    const column_buffer& c = s.column(index);
    if (c.is_null) throw null_value_error("NULL read into a field that is not std::optional", s.column_name(index), s.sql());
    const char* found = "a value of another type";
    switch (c.kind) {
        case column_kind::integer:
        case column_kind::unsigned_integer:
        case column_kind::integer32: found = "an integer"; break;
        case column_kind::decimal: found = "a DECIMAL"; break;
        case column_kind::real: found = "a floating-point number"; break;
        case column_kind::text: found = "text"; break;
        case column_kind::binary: found = "a binary string"; break;
        case column_kind::date: found = "a date"; break;
        case column_kind::datetime: found = "a DATETIME"; break;
        case column_kind::other: break;
    }
    if (c.holds_integer() || c.kind == column_kind::decimal || c.kind == column_kind::date ||
        c.kind == column_kind::datetime) {
        // The kind was right but the value did not fit (out of range, a fraction, not
        // 0 or 1, a zero date). Say so without printing the value.
        found = c.kind == column_kind::decimal ? "a DECIMAL that does not fit" : "a value that does not fit";
    }
    throw type_mismatch_error(std::string("expected ") + expected + " but found " + found, s.column_name(index),
                              s.sql());
}

void read_converted(statement& s, int index, const column_buffer& c, std::int64_t& out) {
    read_integer(s, index, c, out, "an integer within 64 bits");
}

void read_converted(statement& s, int index, const column_buffer& c, std::uint64_t& out) {
    read_integer(s, index, c, out, "an unsigned integer in range");
}

void read_converted(statement& s, int index, const column_buffer& c, double& out) {
    switch (c.kind) {
        case column_kind::real: out = c.real; return;
        case column_kind::integer:
        case column_kind::integer32: out = static_cast<double>(c.integer_value()); return;
        case column_kind::unsigned_integer: out = static_cast<double>(static_cast<std::uint64_t>(c.integer)); return;
        case column_kind::decimal:
            if (decimal_to_double(c.text(), out)) return;
            break;
        default: break;
    }
    throw_read_error(s, index, "a number");
}

}  // namespace quarry::mysql
