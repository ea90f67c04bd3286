#pragma once
// What every SQL name must be before a dialect quotes it. Quoting (doubling the
// dialect's quote character) makes any byte safe inside a quoted name, except:
//   - NUL, which ends the statement text for the C client libraries;
//   - invalid UTF-8, which every backend here reads as UTF-8 and rejects or mangles;
//   - the empty name, which no backend accepts quoted;
//   - a name longer than the dialect's limit: PostgreSQL would silently truncate it
//     to 63 bytes (two long names could then meet), MySQL rejects it past 64 characters.
// Every name in a statement is a compile-time constant of a declaration (a table, a
// column, sql_name, an alias, a CTE, derived table or window name), and each is checked
// there, once, by declared_sql_name: a broken name stops the build at the call below
// that names the rule, whether or not a statement uses it. Only the dialect's length
// limit waits for rendering, where the dialect is known (a static statement's text is
// computed by the compiler, so there too the build stops; a dynamic one throws
// invalid_identifier). Names read at run time (quarry-schema reads a catalog) go
// through check_identifier.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "quarry/engine/error.hpp"

namespace quarry {

// A declared SQL name that no backend can take as it is.
class invalid_identifier : public usage_error {
public:
    invalid_identifier(std::string_view rule, std::string_view name)
        : usage_error("quarry: the SQL name '" + printable(name) + "' " + std::string(rule)) {}

private:
    // The name with bytes outside printable ASCII as \xNN, so the message is itself valid text.
    static std::string printable(std::string_view name) {
        static constexpr char hex[] = "0123456789abcdef";
        std::string out;
        for (char c : name) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7f) {
                out += c;
            } else {
                out += "\\x";
                out += hex[byte >> 4];
                out += hex[byte & 15];
            }
        }
        return out;
    }
};

namespace detail {
// Not constexpr on purpose: reached while the compiler computes a static statement's
// text, each stops the build with its name as the message; at run time it throws.
[[noreturn]] inline void sql_name_is_empty(std::string_view name) {
    throw invalid_identifier("is empty", name);
}
[[noreturn]] inline void sql_name_contains_a_nul_byte(std::string_view name) {
    throw invalid_identifier("contains a NUL byte", name);
}
[[noreturn]] inline void sql_name_is_not_valid_utf8(std::string_view name) {
    throw invalid_identifier("is not valid UTF-8", name);
}

// The length of the UTF-8 sequence that starts at text[at], or 0 if none does there:
// no stray continuation bytes, no overlong forms, no surrogates, nothing past U+10FFFF.
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xbf;  // the range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3, low = lead == 0xe0 ? 0xa0 : 0x80, high = lead == 0xed ? 0x9f : 0xbf;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4, low = lead == 0xf0 ? 0x90 : 0x80, high = lead == 0xf4 ? 0x8f : 0xbf;
    else return 0;
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xbf) return 0;
    return length;
}

// The number of characters in valid UTF-8 text, or text.npos if it is not valid.
constexpr std::size_t utf8_characters(std::string_view text) {
    std::size_t characters = 0;
    for (std::size_t at = 0; at < text.size(); ++characters) {
        const std::size_t length = utf8_sequence_length(text, at);
        if (length == 0) return std::string_view::npos;
        at += length;
    }
    return characters;
}

// The index of the first `c` in `text`, or npos. Not string_view::find: under the
// sanitizers, g++ 12 cannot compare with null, in a constant expression, the pointer that
// find returns into a template argument's characters.
constexpr std::size_t index_of(std::string_view text, char c) noexcept {
    for (std::size_t at = 0; at != text.size(); ++at) {
        if (text[at] == c) return at;
    }
    return std::string_view::npos;
}
}  // namespace detail

// The rules every dialect shares: not empty, no NUL, valid UTF-8.
constexpr void check_portable_identifier(std::string_view name) {
    if (name.empty()) detail::sql_name_is_empty(name);
    if (detail::index_of(name, '\0') != std::string_view::npos) detail::sql_name_contains_a_nul_byte(name);
    if (detail::utf8_characters(name) == std::string_view::npos) detail::sql_name_is_not_valid_utf8(name);
}

// A declaration's SQL name, checked by the compiler: every name that sql_writer quotes
// comes through here, so rendering checks only the dialect's length.
consteval std::string_view declared_sql_name(std::string_view name) {
    check_portable_identifier(name);
    return name;
}

// Checks a name known only at run time against all the rules above.
template <class Dialect>
constexpr void check_identifier(std::string_view name) {
    check_portable_identifier(name);
    Dialect::check_identifier_length(name);
}

// Appends `text` to `out`. The compiler appends character by character: with
// -fsanitize=null, g++ 12 cannot evaluate append's null check on the address of a
// declaration's characters in a constant expression.
constexpr void append_text(std::string& out, std::string_view text) {
    if (std::is_constant_evaluated()) {
        for (char c : text) out.push_back(c);
    } else {
        out.append(text);
    }
}

// Appends `name` between two `quote`s, doubling each quote inside. Most names are short
// and hold none: one search, then one append of the quoted name, composed on the stack at
// run time; the compiler, for whom each step of a loop costs, appends the three parts.
template <class Text>
constexpr void append_quoted(Text& out, std::string_view name, char quote) {
    if (std::is_constant_evaluated() && detail::index_of(name, quote) == std::string_view::npos) {
        out.push_back(quote);
        out.append(name.data(), name.size());
        out.push_back(quote);
        return;
    }
    constexpr std::size_t short_name = 64;
    if (name.size() <= short_name && detail::index_of(name, quote) == std::string_view::npos) [[likely]] {
        char quoted[short_name + 2];  // only the written part is appended
        quoted[0] = quote;
        std::copy(name.begin(), name.end(), quoted + 1);
        quoted[name.size() + 1] = quote;
        out.append(quoted, name.size() + 2);
        return;
    }
    out.push_back(quote);
    for (char c : name) {
        if (c == quote) out.push_back(quote);
        out.push_back(c);
    }
    out.push_back(quote);
}

}  // namespace quarry
