#pragma once
// C++ values inside a query. Each renders as a placeholder and is bound at run
// time, so no value ever reaches the SQL text.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/expr/interface.hpp"

namespace quarry {

// A value bound as a parameter. T is the bound type, possibly std::optional.
template <class T>
struct value_node : leaf_facts, expression_interface<value_node<T>> {
    using value_type = remove_optional_t<T>;
    static constexpr bool nullable = is_optional_v<T>;
    static constexpr int precedence = precedence::atom;

    T value{};

    constexpr value_node() = default;
    constexpr explicit value_node(T v) : value(std::move(v)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.value(value);
    }
};

// Text from a short character array, a string literal mostly, its characters copied into
// the node. A std::string would make the whole statement a class with a destructor, which
// each builder step copies and destroys; this keeps it trivially copyable, so the compiler
// writes neither: a 200-column INSERT of literals compiles in about half the time.
template <std::size_t Capacity>
struct inline_text_node : leaf_facts, expression_interface<inline_text_node<Capacity>> {
    using value_type = std::string;
    static constexpr bool nullable = false;
    static constexpr int precedence = precedence::atom;

    char characters[Capacity]{};
    std::size_t size = 0;

    constexpr inline_text_node() = default;
    // Up to the first NUL, as std::string reads a const char*, but never past the array.
    constexpr explicit inline_text_node(const char (&text)[Capacity]) {
        for (; size != Capacity && text[size] != '\0'; ++size) characters[size] = text[size];
    }

    template <class W>
    constexpr void render(W& w) const {
        w.value(std::string_view(characters, size));
    }
};

// Longer arrays are kept in a std::string: copying them at each builder step would cost more.
inline constexpr std::size_t inline_text_capacity = 64;

template <class T>
inline constexpr bool is_short_char_array_v = false;
template <std::size_t N>
inline constexpr bool is_short_char_array_v<char[N]> = N <= inline_text_capacity;

// A value bound from where it lives, uncopied: `t.name = std::cref(row.name)`. The caller
// chose std::cref, and with it the rule it has in std::bind and std::thread: the object
// must outlive every run of the statement. A plain value is always copied or moved in,
// so a statement kept or returned never reads a string that has died.
template <class T>
struct value_ref_node : leaf_facts, expression_interface<value_ref_node<T>> {
    using value_type = remove_optional_t<T>;
    static constexpr bool nullable = is_optional_v<T>;
    static constexpr int precedence = precedence::atom;

    const T* value = nullptr;

    constexpr value_ref_node() = default;
    constexpr explicit value_ref_node(const T& v) : value(&v) {}

    // The compiler renders a default-constructed statement for its text alone, which
    // reads no value: there is none to point at then.
    template <class W>
    constexpr void render(W& w) const {
        if (std::is_constant_evaluated()) w.value(T{});
        else w.value(*value);
    }
};

template <class T>
inline constexpr bool is_reference_wrapper_v = false;
template <class T>
inline constexpr bool is_reference_wrapper_v<std::reference_wrapper<T>> = true;

// Whether std::cref(x) can bind x where it is: x must already be of the type the driver
// binds (std::string, not const char*; std::int64_t, not short), or an optional of one.
template <class T>
concept bound_as_is = bindable<remove_optional_t<T>> &&
                      std::is_same_v<bound_type_t<remove_optional_t<T>>, remove_optional_t<T>>;

// SQL NULL, from std::nullopt. Only assignments and COALESCE-like functions take it.
struct null_node : leaf_facts {
    static constexpr int precedence = precedence::atom;

    template <class W>
    constexpr void render(W& w) const {
        w.write("NULL");
    }
};

// A query that can stand where a value is expected: `x == select(max(y)).from(t)`.
template <class T>
concept scalar_query = requires(const T& q) { q.as_scalar(); };

template <class X>
constexpr auto make_operand(X&& x) {
    using plain = std::remove_cvref_t<X>;
    if constexpr (expression<plain>) {
        return plain(std::forward<X>(x));
    } else if constexpr (scalar_query<plain>) {
        return x.as_scalar();
    } else if constexpr (is_reference_wrapper_v<plain>) {
        using referenced = std::remove_cv_t<typename plain::type>;
        static_assert(bound_as_is<referenced>,
                      "quarry: std::cref binds a value where it is, so it must be of a type bound as it is: "
                      "std::string, std::int32_t, std::int64_t, double, bool, quarry::blob, quarry::decimal, "
                      "quarry::date, quarry::timestamp, or a std::optional of one");
        return value_ref_node<referenced>{x.get()};
    } else if constexpr (is_optional_v<plain>) {
        using bound = std::optional<bound_type_t<typename plain::value_type>>;
        return value_node<bound>{x ? bound(*x) : bound()};
    } else if constexpr (is_short_char_array_v<plain>) {
        return inline_text_node<std::extent_v<plain>>{x};
    } else if constexpr (bindable<plain>) {
        return value_node<bound_type_t<plain>>{bound_type_t<plain>(std::forward<X>(x))};
    } else if constexpr (requires { plain::needs_over; }) {
        static_assert(!requires { plain::needs_over; },
                      "quarry: a window function needs its window: row_number().over(window().order_by(t.id))");
        return value_node<typename plain::value_type>{};  // only to stop follow-on errors
    } else {
        static_assert(bindable<plain>,
                      "quarry: this value cannot be bound; use an integer, double, bool, text, "
                      "quarry::blob, quarry::date or quarry::timestamp");
    }
}

template <class X>
using operand_t = decltype(make_operand(std::declval<X>()));

// A C++ value as an expression, to name it or call its methods: `value(0).as(depth)`.
template <class X>
    requires(!expression<std::remove_cvref_t<X>>)
constexpr auto value(X&& x) {
    return make_operand(std::forward<X>(x));
}

// A type an operator argument can be: a quarry expression, a query, or a C++ value.
template <class X>
concept operand = expression<std::remove_cvref_t<X>> || scalar_query<std::remove_cvref_t<X>> ||
                  bindable<std::remove_cvref_t<X>> ||
                  (is_optional_v<std::remove_cvref_t<X>> &&
                   bindable<typename std::remove_cvref_t<X>::value_type>) ||
                  is_reference_wrapper_v<std::remove_cvref_t<X>>;

}  // namespace quarry
