#pragma once
// Scalar functions: COALESCE, NULLIF, CAST, concatenation and string functions.
// Dates and times are in date_time.hpp and interval.hpp.
// A function whose SQL differs between dialects asks the dialect to spell it.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

// `NAME(arg, ...)`. Fn names the function and decides the result type and nullability.
template <class Fn, class... Args>
struct function_call : facts_of<Args...>, expression_interface<function_call<Fn, Args...>> {
    using value_type = typename Fn::template result<typename Args::value_type...>;
    static constexpr bool nullable = Fn::template nullable<Args...>;
    static constexpr int precedence = Fn::precedence;
    static constexpr bool binds_nothing = binds_nothing_in_v<Args...>;

    node_list<Args...> args;

    constexpr function_call() = default;
    constexpr explicit function_call(Args... a) : args(std::move(a)...) {}

    template <class W>
    constexpr void render(W& w) const {
        args.apply([&](const auto&... arg) { Fn::render(w, arg...); });
    }
};

namespace fn {
template <class W, class... Args>
constexpr void render_call(W& w, std::string_view name, const Args&... args) {
    w.write(name);
    w.write("(");
    render_list(w, ", ", args...);
    w.write(")");
}

// A function whose result has the type of its first argument and is NULL when any argument is.
template <class Name>
struct same_type {
    template <class First, class...>
    using result = First;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class... Args>
    static constexpr void render(W& w, const Args&... args) {
        render_call(w, Name::sql, args...);
    }
};

struct lower_name { static constexpr std::string_view sql = "LOWER"; };
struct upper_name { static constexpr std::string_view sql = "UPPER"; };
struct trim_name { static constexpr std::string_view sql = "TRIM"; };
struct ltrim_name { static constexpr std::string_view sql = "LTRIM"; };
struct rtrim_name { static constexpr std::string_view sql = "RTRIM"; };

struct coalesce {
    template <class First, class...>
    using result = First;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable && ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class... Args>
    static constexpr void render(W& w, const Args&... args) {
        render_call(w, "COALESCE", args...);
    }
};

struct nullif {
    template <class First, class...>
    using result = First;
    template <class...>
    static constexpr bool nullable = true;
    static constexpr int precedence = precedence::atom;
    template <class W, class... Args>
    static constexpr void render(W& w, const Args&... args) {
        render_call(w, "NULLIF", args...);
    }
};

// Counts characters, not bytes, on every dialect.
struct length {
    template <class...>
    using result = std::int64_t;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class Arg>
    static constexpr void render(W& w, const Arg& arg) {
        render_call(w, W::dialect::character_length_function, arg);
    }
};

struct concat {
    template <class...>
    using result = std::string;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::comparison + 1;
    template <class W, class... Args>
    static constexpr void render(W& w, const Args&... args) {
        W::dialect::render_concat(w, args...);
    }
};

// SUBSTR(text, start[, count]), spelled by the dialect: PostgreSQL has no
// SUBSTR(text, BIGINT).
struct substr {
    template <class First, class...>
    using result = First;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class... Args>
    static constexpr void render(W& w, const Args&... args) {
        W::dialect::render_substr(w, args...);
    }
};

// POSITION(needle IN text), 1-based, 0 when absent; INSTR(text, needle) on SQLite.
struct position {
    template <class...>
    using result = std::int64_t;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class Needle, class Text>
    static constexpr void render(W& w, const Needle& needle, const Text& text) {
        W::dialect::render_position(w, needle, text);
    }
};

struct replace_name { static constexpr std::string_view sql = "REPLACE"; };

template <class Target>
struct cast {
    template <class...>
    using result = Target;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class Arg>
    static constexpr void render(W& w, const Arg& arg) {
        W::dialect::template render_cast<Target>(w, arg);
    }
};
}  // namespace fn

template <class Fn, class... Args>
constexpr auto call(Args&&... args) {
    return function_call<Fn, operand_t<Args>...>{make_operand(std::forward<Args>(args))...};
}

template <class First, class... Rest>
constexpr auto coalesce(First&& first, Rest&&... rest) {
    static_assert(sizeof...(Rest) >= 1, "quarry: COALESCE takes at least two arguments");
    static_assert((comparable_v<typename operand_t<First>::value_type, typename operand_t<Rest>::value_type> && ...),
                  "quarry: COALESCE arguments must all have the same type");
    return call<fn::coalesce>(std::forward<First>(first), std::forward<Rest>(rest)...);
}

template <class A, class B>
constexpr auto nullif(A&& a, B&& b) {
    static_assert(comparable_v<typename operand_t<A>::value_type, typename operand_t<B>::value_type>,
                  "quarry: NULLIF compares two values of the same type");
    return call<fn::nullif>(std::forward<A>(a), std::forward<B>(b));
}

// `cast<double>(x)` renders CAST(x AS <the dialect's name for double>).
template <column_value Target, class Arg>
constexpr auto cast(Arg&& arg) {
    return call<fn::cast<Target>>(std::forward<Arg>(arg));
}

// Joins text: `a || b` on SQLite and PostgreSQL, CONCAT(a, b) on MySQL.
template <class... Args>
constexpr auto concat(Args&&... args) {
    static_assert(sizeof...(Args) >= 2, "quarry: concat joins at least two values");
    static_assert((is_text_v<typename operand_t<Args>::value_type> && ...),
                  "quarry: concat joins text; convert numbers with quarry::cast<std::string>(...)");
    return call<fn::concat>(std::forward<Args>(args)...);
}

// A function from text to text: lower(users.name).
template <class Name>
struct text_function {
    template <class Arg>
    constexpr auto operator()(Arg&& arg) const {
        static_assert(is_text_v<typename operand_t<Arg>::value_type>, "quarry: this string function takes text");
        return call<fn::same_type<Name>>(std::forward<Arg>(arg));
    }
};

inline constexpr text_function<fn::lower_name> lower{};
inline constexpr text_function<fn::upper_name> upper{};
inline constexpr text_function<fn::trim_name> trim{};
inline constexpr text_function<fn::ltrim_name> ltrim{};
inline constexpr text_function<fn::rtrim_name> rtrim{};

// `replace(text, from, to)`: every `from` in `text` becomes `to`. Case-sensitive everywhere.
template <class Text, class From, class To>
constexpr auto replace(Text&& text, From&& from, To&& to) {
    static_assert(is_text_v<typename operand_t<Text>::value_type> && is_text_v<typename operand_t<From>::value_type> &&
                      is_text_v<typename operand_t<To>::value_type>,
                  "quarry: replace takes three texts");
    return call<fn::same_type<fn::replace_name>>(std::forward<Text>(text), std::forward<From>(from),
                                                 std::forward<To>(to));
}

// `position(needle, text)`: where `needle` first starts in `text`, counting characters
// from 1; 0 if it does not occur. Case follows the collation, as LIKE does: MySQL's
// default ignores case.
template <class Needle, class Text>
constexpr auto position(Needle&& needle, Text&& text) {
    static_assert(is_text_v<typename operand_t<Needle>::value_type> && is_text_v<typename operand_t<Text>::value_type>,
                  "quarry: position finds a text in a text");
    return call<fn::position>(std::forward<Needle>(needle), std::forward<Text>(text));
}

// The number of characters in a text.
template <class Arg>
constexpr auto length(Arg&& arg) {
    static_assert(is_text_v<typename operand_t<Arg>::value_type>, "quarry: length takes text");
    return call<fn::length>(std::forward<Arg>(arg));
}

// `substr(text, start)` and `substr(text, start, count)`; start counts from 1.
template <class Arg, class Start, class... Count>
constexpr auto substr(Arg&& arg, Start&& start, Count&&... count) {
    static_assert(sizeof...(Count) <= 1, "quarry: substr takes a text, a start and an optional count");
    static_assert(is_text_v<typename operand_t<Arg>::value_type>, "quarry: substr takes text");
    static_assert(category_v<typename operand_t<Start>::value_type> == category::integer &&
                      ((category_v<typename operand_t<Count>::value_type> == category::integer) && ...),
                  "quarry: substr's start and count are integers");
    return call<fn::substr>(std::forward<Arg>(arg), std::forward<Start>(start), std::forward<Count>(count)...);
}

}  // namespace quarry
