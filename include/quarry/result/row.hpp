#pragma once
// A typed result row. Each field is reachable by name (`row.name`, from the column
// or alias declaration), by index (`get<0>(row)`) and by structured bindings.
// Nullable fields are std::optional.
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace quarry {

// One field. Named fields take their member from the column or alias spec.
template <std::size_t Index, class Spec, class T>
struct row_field : Spec::template quarry_field<T> {
    static constexpr std::size_t index = Index;
    using spec_type = Spec;
    using value_type = T;
};

// A select-list expression without a name: reachable by index and bindings only.
template <std::size_t Index, class T>
struct row_field<Index, void, T> {
    static constexpr std::size_t index = Index;
    using spec_type = void;
    using value_type = T;
    T value;
};

template <class... Fields>
struct row : Fields... {};

// The field at an index, found among a row's bases by deduction: one instantiation per
// access, where indexing the pack (std::tuple_element) costs one per field before it.
template <std::size_t I, class Spec, class T>
constexpr row_field<I, Spec, T>& field_at(row_field<I, Spec, T>& field) {
    return field;
}
template <std::size_t I, class Spec, class T>
constexpr const row_field<I, Spec, T>& field_at(const row_field<I, Spec, T>& field) {
    return field;
}

// A field's one member, whatever its name.
template <class Field>
constexpr auto& value_of(Field& field) {
    auto& [value] = field;
    return value;
}

template <std::size_t I, class... Fields>
constexpr auto& get(row<Fields...>& r) {
    auto& [value] = field_at<I>(r);
    return value;
}

template <std::size_t I, class... Fields>
constexpr const auto& get(const row<Fields...>& r) {
    const auto& [value] = field_at<I>(r);
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
    using type = typename std::remove_cvref_t<decltype(quarry::field_at<I>(
        std::declval<const quarry::row<Fields...>&>()))>::value_type;
};
