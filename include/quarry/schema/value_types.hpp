#pragma once
// The C++ types a column or a bound value can have, and the SQL category of each.
// Categories decide which expressions may be compared, assigned or combined.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "quarry/schema/decimal.hpp"

namespace quarry {

using blob = std::vector<std::byte>;
using date = std::chrono::sys_days;
using timestamp = std::chrono::sys_time<std::chrono::microseconds>;

enum class category { integer, real, decimal, boolean, text, blob, date, timestamp };

template <class T>
struct category_of;
template <>
struct category_of<std::int32_t> : std::integral_constant<category, category::integer> {};
template <>
struct category_of<std::int64_t> : std::integral_constant<category, category::integer> {};
// Unsigned integers are for MySQL's UNSIGNED columns; elsewhere they are range-checked.
template <>
struct category_of<std::uint32_t> : std::integral_constant<category, category::integer> {};
template <>
struct category_of<std::uint64_t> : std::integral_constant<category, category::integer> {};
template <>
struct category_of<double> : std::integral_constant<category, category::real> {};
template <>
struct category_of<decimal> : std::integral_constant<category, category::decimal> {};
template <>
struct category_of<bool> : std::integral_constant<category, category::boolean> {};
template <>
struct category_of<std::string> : std::integral_constant<category, category::text> {};
template <>
struct category_of<blob> : std::integral_constant<category, category::blob> {};
template <>
struct category_of<date> : std::integral_constant<category, category::date> {};
template <>
struct category_of<timestamp> : std::integral_constant<category, category::timestamp> {};

template <class T>
concept column_value = requires { category_of<T>::value; };

template <class T>
inline constexpr category category_v = category_of<T>::value;

template <class T>
inline constexpr bool is_numeric_v =
    category_v<T> == category::integer || category_v<T> == category::real || category_v<T> == category::decimal;

template <class T>
inline constexpr bool is_text_v = category_v<T> == category::text;

// Values of these categories may be compared with one another.
template <class A, class B>
inline constexpr bool comparable_v =
    category_v<A> == category_v<B> || (is_numeric_v<A> && is_numeric_v<B>);

// The type of `a + b` and friends. Databases compute integer arithmetic in 64 bits,
// so an INT column plus one is read back as int64_t and cannot overflow on the way.
template <class A, class B>
using arithmetic_result_t = std::conditional_t<
    category_v<A> == category::real || category_v<B> == category::real, double,
    std::conditional_t<category_v<A> == category::decimal || category_v<B> == category::decimal, decimal,
                       std::int64_t>>;

template <class T>
struct remove_optional {
    using type = T;
};
template <class T>
struct remove_optional<std::optional<T>> {
    using type = T;
};
template <class T>
using remove_optional_t = typename remove_optional<T>::type;

template <class T>
inline constexpr bool is_optional_v = !std::is_same_v<remove_optional_t<T>, T>;

// The column type a plain C++ value binds as: `42` binds as BIGINT, "x" as TEXT.
template <class V, class = void>
struct bound_type {};
template <class V>
    requires std::is_integral_v<V> && (!std::is_same_v<V, bool>) && (!std::is_same_v<V, char>)
struct bound_type<V> {
    using type = std::conditional_t<
        std::is_signed_v<V>, std::conditional_t<(sizeof(V) <= sizeof(std::int32_t)), std::int32_t, std::int64_t>,
        std::conditional_t<(sizeof(V) <= sizeof(std::uint32_t)), std::uint32_t, std::uint64_t>>;
};
template <class V>
    requires std::is_floating_point_v<V>
struct bound_type<V> {
    using type = double;
};
template <>
struct bound_type<bool> {
    using type = bool;
};
template <class V>
    requires std::is_convertible_v<V, std::string_view>
struct bound_type<V> {
    using type = std::string;
};
template <>
struct bound_type<decimal> {
    using type = decimal;
};
template <>
struct bound_type<blob> {
    using type = blob;
};
template <>
struct bound_type<date> {
    using type = date;
};
template <>
struct bound_type<timestamp> {
    using type = timestamp;
};

template <class V>
using bound_type_t = typename bound_type<std::remove_cvref_t<V>>::type;

template <class V>
concept bindable = requires { typename bound_type_t<V>; };

}  // namespace quarry
