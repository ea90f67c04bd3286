#pragma once
// SQL text written by the program, for unsafe_sql and unsafe_sql_expr, with `?` for
// each operand. The rule for `?`: it is an operand's placeholder everywhere except
// inside '...' string literals, "..." and `...` quoted identifiers, -- comments and
// /* */ comments, where it is text. Quarry writes each placeholder in the dialect's
// form (?, or $1, $2 ... on PostgreSQL), so the same text runs on every backend.
// Rejected at compile time, because the backends would read the text differently:
// a backslash inside '...' or "..." (an escape on MySQL, a plain character elsewhere)
// and an unterminated quote or comment. Not recognized, so a `?` in them would be a
// placeholder: PostgreSQL's $$ strings and MySQL's # comments. A `?` meant as
// PostgreSQL's JSON operator must be spelled as its function (jsonb_exists) instead.
//
// The text must be a constant expression, such as a string literal: no string built
// at run time, which is where user input lives, can become SQL through this door.
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "quarry/expr/expression.hpp"

namespace quarry {

namespace detail {
// Calls on_text(piece) for each stretch of text and on_placeholder(n) for the n-th
// placeholder (from 0). Returns false if the text breaks the rules above.
template <class OnText, class OnPlaceholder>
constexpr bool scan_verbatim_sql(std::string_view sql, OnText&& on_text, OnPlaceholder&& on_placeholder) {
    std::size_t start = 0;
    std::size_t placeholders = 0;
    std::size_t i = 0;
    // The end of a quoted stretch opened at `i` with `quote`; a doubled quote stays inside.
    auto skip_quoted = [&](char quote) {
        for (++i; i < sql.size(); ++i) {
            if (quote != '`' && sql[i] == '\\') return false;
            if (sql[i] == quote) {
                if (i + 1 < sql.size() && sql[i + 1] == quote) {
                    ++i;
                    continue;
                }
                ++i;
                return true;
            }
        }
        return false;
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"' || c == '`') {
            if (!skip_quoted(c)) return false;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            i = end == std::string_view::npos ? sql.size() : end + 1;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t end = sql.find("*/", i + 2);
            if (end == std::string_view::npos) return false;
            i = end + 2;
        } else if (c == '?') {
            on_text(sql.substr(start, i - start));
            on_placeholder(placeholders++);
            start = ++i;
        } else {
            ++i;
        }
    }
    on_text(sql.substr(start));
    return true;
}

// Named so that the compiler's message says what is wrong.
inline void unsafe_sql_text_has_an_unterminated_quote_or_comment_or_a_backslash_in_a_string() {}
inline void unsafe_sql_placeholder_count_differs_from_the_number_of_values() {}
}  // namespace detail

// Program-written SQL text with exactly Operands placeholders, checked when compiled.
template <std::size_t Operands>
class verbatim_text {
public:
    template <std::size_t N>
    consteval verbatim_text(const char (&text)[N]) : text_(text, N - 1) {
        std::size_t placeholders = 0;
        if (!detail::scan_verbatim_sql(text_, [](std::string_view) {}, [&](std::size_t) { ++placeholders; }))
            detail::unsafe_sql_text_has_an_unterminated_quote_or_comment_or_a_backslash_in_a_string();
        if (placeholders != Operands) detail::unsafe_sql_placeholder_count_differs_from_the_number_of_values();
    }

    // Anything else (a std::string, a char pointer) could carry run-time text.
    template <class Text>
    verbatim_text(const Text&) {
        static_assert(!std::is_same_v<Text, Text>,
                      "quarry: unsafe_sql takes its SQL as a string literal; a run-time string could carry "
                      "user input into SQL, so pass values as `?` operands instead");
    }

    constexpr std::string_view text() const { return text_; }

private:
    std::string_view text_;
};

// Writes the text with operand n rendered at placeholder n.
template <class W, class... Operands>
constexpr void render_verbatim(W& w, std::string_view text, const Operands&... operands) {
    detail::scan_verbatim_sql(text, [&](std::string_view piece) { w.write(piece); },
                              [&](std::size_t n) {
                                  std::size_t i = 0;
                                  ((i++ == n ? render_operand(w, operands, precedence::atom) : void()), ...);
                              });
}

}  // namespace quarry
