#pragma once
// A statement's SQL text for a dialect. For a statement whose shape is fixed at
// compile time the text is a compile-time constant (static_sql_v); only dynamic
// statements, such as an IN over a run-time vector, are rendered at run time.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "quarry/render/sql_writer.hpp"
#include "quarry/render/static_text.hpp"

namespace quarry {

template <class Statement>
concept statement = requires {
    Statement::check_complete();
    Statement::is_dynamic;
};

template <class Statement>
concept static_statement = statement<Statement> && !Statement::is_dynamic;

namespace detail {
// A statement's text, in a buffer of Capacity characters, its size and its placeholders.
template <std::size_t Capacity>
struct rendered_text {
    std::array<char, Capacity + 1> chars{};
    std::size_t size = 0;
    int placeholders = 0;
};

// The longest static statement (a CREATE TABLE of a few hundred columns fits). The buffer
// lives only inside one constant evaluation, and its unwritten characters cost nothing.
inline constexpr std::size_t max_static_sql = 1 << 16;

// Rendering is most of the compiler's work on a statement's text, so it is done once, into
// the long buffer, whose text is then kept at its exact size.
template <class Dialect, class Statement>
consteval auto render_exact() {
    using writer = sql_writer<Dialect, static_text<max_static_sql>>;
    constexpr writer full = [] {
        writer w;
        Statement{}.render(w);
        return w;
    }();
    static_assert(full.text.fits(), "quarry: the statement's SQL text is too long to compute at compile time");
    constexpr std::size_t size = full.text.fits() ? full.text.size() : 0;  // one error for a text too long
    rendered_text<size> exact{};
    exact.size = size;
    exact.placeholders = full.placeholder_count;
    std::copy_n(full.text.data(), size, exact.chars.begin());
    return exact;
}

template <class Dialect, class Statement>
struct static_sql {
    static constexpr auto text = render_exact<Dialect, Statement>();
    static constexpr std::size_t size = text.size;
    static constexpr const char* data() { return text.chars.data(); }
};
}  // namespace detail

// Whether the compiler can compute a static statement's text. Not clang with libstdc++:
// a statement holds its values, and clang (through 19) cannot construct libstdc++'s
// std::string in a constant expression (it will not activate the union member of its
// short-string buffer). There the text is rendered once, on first use, instead.
#if defined(__clang__) && defined(__GLIBCXX__)
#define QUARRY_SQL_TEXT_AT_COMPILE_TIME 0
#else
#define QUARRY_SQL_TEXT_AT_COMPILE_TIME 1
#endif

#if QUARRY_SQL_TEXT_AT_COMPILE_TIME
// The SQL text of a static statement, computed by the compiler.
template <class Dialect, static_statement Statement>
    requires(Statement::check_complete())
inline constexpr std::string_view static_sql_v{detail::static_sql<Dialect, Statement>::data(),
                                               detail::static_sql<Dialect, Statement>::size};
#else
namespace detail {
template <class Dialect, class Statement>
const std::string& rendered_once() {
    static const std::string text = [] {
        sql_writer<Dialect> w;
        Statement{}.render(w);
        return std::move(w.text);
    }();
    return text;
}
}  // namespace detail

// The SQL text of a static statement, rendered on first use.
template <class Dialect, static_statement Statement>
    requires(Statement::check_complete())
inline const std::string_view static_sql_v{detail::rendered_once<Dialect, Statement>()};
#endif

// The placeholders in a static statement's text, as the compiler counted them; -1 where it
// did not (a dynamic statement, or clang). A variable, not a function per statement type.
template <class Dialect, class Statement>
inline constexpr int static_placeholder_count_v = -1;
#if QUARRY_SQL_TEXT_AT_COMPILE_TIME
template <class Dialect, static_statement Statement>
inline constexpr int static_placeholder_count_v<Dialect, Statement> =
    detail::static_sql<Dialect, Statement>::text.placeholders;
#endif

// Whether running a statement binds anything. A static statement's text tells: without a
// placeholder it holds no value, and the engine skips the walk over it that binds them.
template <class Dialect, class Statement>
inline constexpr bool binds_at_run_time_v = static_placeholder_count_v<Dialect, Statement> != 0;

// Room for most statements' text, so that rendering one at run time allocates once
// rather than at each doubling.
inline constexpr std::size_t dynamic_sql_reserve = 512;

// The SQL text of any statement.
template <class Dialect, class Statement>
    requires statement<Statement>
std::string to_sql(const Statement& s) {
    static_assert(Statement::check_complete());
    if constexpr (Statement::is_dynamic) {
        sql_writer<Dialect> w;
        w.text.reserve(dynamic_sql_reserve);
        s.render(w);
        return std::move(w.text);
    } else {
        return std::string(static_sql_v<Dialect, Statement>);
    }
}

}  // namespace quarry
