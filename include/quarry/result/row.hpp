#pragma once
// A typed result row. Each field is reachable by name (`row.name`, from the column
// or alias declaration), by index (`get<0>(row)`) and by structured bindings.
// Nullable fields are std::optional.
#include <cstddef>
#include <tuple>
#include <type_traits>

namespace quarry {

// One field. Named fields take their member from the column or alias spec.
template <std::size_t Index, class Spec, class T>
struct row_field : Spec::template quarry_field<T> {
    using spec_type = Spec;
    using value_type = T;
};

// A select-list expression without a name: reachable by index and bindings only.
template <std::size_t Index, class T>
struct row_field<Index, void, T> {
    using spec_type = void;
    using value_type = T;
    T value;
};

template <class... Fields>
struct row : Fields... {};


template <std::size_t I, class... Fields>
constexpr auto& get(row<Fields...>& r) {
    using field = std::tuple_element_t<I, std::tuple<Fields...>>;
    auto& [value] = static_cast<field&>(r);
    return value;
}

template <std::size_t I, class... Fields>
constexpr const auto& get(const row<Fields...>& r) {
    using field = std::tuple_element_t<I, std::tuple<Fields...>>;
    const auto& [value] = static_cast<const field&>(r);
    return value;
}

template <std::size_t I, class... Fields>
constexpr auto&& get(row<Fields...>&& r) {
    return std::move(get<I>(r));
}

}  // namespace quarry

template <class... Fields>
struct std::tuple_size<quarry::row<Fields...>> : std::integral_constant<std::size_t, sizeof...(Fields)> {};

template <std::size_t I, class... Fields>
struct std::tuple_element<I, quarry::row<Fields...>> {
    using type = typename std::tuple_element_t<I, std::tuple<Fields...>>::value_type;
};
