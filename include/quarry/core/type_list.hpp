#pragma once
// Flat type lists. Every operation is a single pack expansion or fold, never a
// recursion over elements, so long lists stay cheap to instantiate.
#include <cstddef>
#include <type_traits>

namespace quarry {

template <class... T>
struct type_list {
    static constexpr std::size_t size = sizeof...(T);
};

namespace detail {
template <class... Lists>
struct concat;
template <>
struct concat<> {
    using type = type_list<>;
};
template <class... A>
struct concat<type_list<A...>> {
    using type = type_list<A...>;
};
template <class... A, class... B>
struct concat<type_list<A...>, type_list<B...>> {
    using type = type_list<A..., B...>;
};
template <class... A, class... B, class... C>
struct concat<type_list<A...>, type_list<B...>, type_list<C...>> {
    using type = type_list<A..., B..., C...>;
};
template <class... A, class... B, class... C, class... D, class... Rest>
struct concat<type_list<A...>, type_list<B...>, type_list<C...>, type_list<D...>, Rest...>
    : concat<type_list<A..., B..., C..., D...>, Rest...> {};
}  // namespace detail

template <class... Lists>
using concat_t = typename detail::concat<Lists...>::type;

template <class List>
struct front;
template <class First, class... Rest>
struct front<type_list<First, Rest...>> {
    using type = First;
};
// The first element of a list that has one.
template <class List>
using front_t = typename front<List>::type;

// The compiler's __is_same (g++ and clang), not std::is_same_v: a long list would otherwise
// instantiate one variable template per element.
template <class List, class T>
inline constexpr bool contains_v = false;
template <class... Ts, class T>
inline constexpr bool contains_v<type_list<Ts...>, T> = (__is_same(Ts, T) || ...);

// Every element of Sub is an element of Super.
template <class Sub, class Super>
inline constexpr bool is_subset_v = false;
template <class... Ts, class Super>
inline constexpr bool is_subset_v<type_list<Ts...>, Super> = (contains_v<Super, Ts> && ...);

// Sub with the elements of Remove taken out.
template <class List, class Remove>
struct difference;
template <class... Ts, class Remove>
struct difference<type_list<Ts...>, Remove> {
    using type = concat_t<std::conditional_t<contains_v<Remove, Ts>, type_list<>, type_list<Ts>>...>;
};
template <class List, class Remove>
using difference_t = typename difference<List, Remove>::type;

// The elements of List for which Predicate<T>::value holds.
template <class List, template <class> class Predicate>
struct filter;
template <class... Ts, template <class> class Predicate>
struct filter<type_list<Ts...>, Predicate> {
    using type = concat_t<std::conditional_t<Predicate<Ts>::value, type_list<Ts>, type_list<>>...>;
};
template <class List, template <class> class Predicate>
using filter_t = typename filter<List, Predicate>::type;

template <class A, class B>
inline constexpr bool intersects_v = false;
template <class... Ts, class B>
inline constexpr bool intersects_v<type_list<Ts...>, B> = (contains_v<B, Ts> || ...);

}  // namespace quarry
