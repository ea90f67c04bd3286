#pragma once
// The fields of a struct that Boost.Hana can reflect, by index: name, type and member.
//
//   struct User {
//       BOOST_HANA_DEFINE_STRUCT(User, (std::int64_t, id), (std::string, name), (std::optional<std::int32_t>, age));
//   };
// or a plain aggregate, adapted after its definition at namespace scope:
//   struct User { std::int64_t id; std::string name; std::optional<std::int32_t> age; };
//   BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
//
// Everything is computed once per struct from Hana's accessors; reaching a member
// through them compiles to a plain member access.
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/hana/accessors.hpp>
#include <boost/hana/adapt_struct.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/define_struct.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/unpack.hpp>

#include "quarry/core/fixed_string.hpp"

namespace quarry::mapping {

template <class T>
concept reflectable = boost::hana::Struct<T>::value;

template <reflectable Struct>
struct struct_fields {
    using struct_type = Struct;
    static constexpr auto names = boost::hana::unpack(boost::hana::accessors<Struct>(), [](auto... pairs) {
        return std::array<std::string_view, sizeof...(pairs)>{
            std::string_view{std::remove_cvref_t<decltype(boost::hana::first(pairs))>::c_str()}...};
    });
    static constexpr std::size_t size = names.size();

    // The J-th member of `row`, as a reference.
    template <std::size_t J, class S>
        requires std::is_same_v<std::remove_const_t<S>, Struct>
    static constexpr auto& get(S& row) {
        return boost::hana::second(boost::hana::at_c<J>(boost::hana::accessors<Struct>()))(row);
    }

    template <std::size_t J>
    using type = std::remove_cvref_t<decltype(get<J>(std::declval<Struct&>()))>;
};

// Names[I] as a template argument, for diagnostics that name a field or column.
template <const auto& Names, std::size_t I>
inline constexpr auto name_at = [] {
    char chars[Names[I].size() + 1]{};
    for (std::size_t i = 0; i < Names[I].size(); ++i) chars[i] = Names[I][i];
    return fixed_string<Names[I].size()>(chars);
}();

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

// The position of `name` in `names`, or not_found.
template <std::size_t N>
constexpr std::size_t position_of(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return i;
    return not_found;
}

// The first position where `ok` is false, or not_found.
template <std::size_t N>
constexpr std::size_t first_failure(const std::array<bool, N>& ok) {
    for (std::size_t i = 0; i < N; ++i)
        if (!ok[i]) return i;
    return not_found;
}

}  // namespace quarry::mapping
