#pragma once
// The values of a prepared statement's named parameters, one slot per name.
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/core/type_list.hpp"
#include "quarry/engine/error.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry {

template <class Parameter>
struct parameter_slot {
    typename Parameter::stored_type value{};
    bool is_set = false;
};

namespace detail {
// Keeps the first of each repeated element; parameters are few, so the quadratic
// check is cheaper than a recursive template.
template <class List, class Indices = std::make_index_sequence<List::size>>
struct unique;
template <class... T, std::size_t... I>
struct unique<type_list<T...>, std::index_sequence<I...>> {
    template <std::size_t J, class U>
    static constexpr bool seen_before = [] {
        std::size_t index = 0;
        bool seen = false;
        ((seen = seen || (index++ < J && std::is_same_v<T, U>)), ...);
        return seen;
    }();
    using type = concat_t<std::conditional_t<seen_before<I, T>, type_list<>, type_list<T>>...>;
};
}  // namespace detail

template <class Parameters, class Unique = typename detail::unique<Parameters>::type>
struct parameter_values;

template <class Parameters, class... P>
struct parameter_values<Parameters, type_list<P...>> : parameter_slot<P>... {
    template <fixed_string Name>
    using parameter_named = concat_t<std::conditional_t<P::name == Name.view(), type_list<P>, type_list<>>...>;

    template <fixed_string Name, class V>
    void set(V&& value) {
        using matches = parameter_named<Name>;
        static_assert(matches::size != 0, "quarry: the statement has no parameter of that name");
        static_assert(matches::size <= 1, "quarry: two parameters share that name but differ in type");
        if constexpr (matches::size == 1) {
            set_slot(static_cast<parameter_slot<first_of<matches>>&>(*this), std::forward<V>(value));
        }
    }

    template <class Parameter>
    const auto& get() const {
        const auto& slot = static_cast<const parameter_slot<Parameter>&>(*this);
        if (!slot.is_set) {
            throw usage_error("quarry: parameter '" + std::string(Parameter::name) + "' was never set");
        }
        return slot.value;
    }

private:
    template <class List>
    struct first;
    template <class F, class... R>
    struct first<type_list<F, R...>> {
        using type = F;
    };
    template <class List>
    using first_of = typename first<List>::type;

    template <class Parameter, class V>
    static void set_slot(parameter_slot<Parameter>& slot, V&& value) {
        using plain = std::remove_cvref_t<V>;
        constexpr bool type_matches = [] {
            if constexpr (std::is_same_v<plain, std::nullopt_t>) return true;
            else if constexpr (bindable<remove_optional_t<plain>>)
                return comparable_v<typename Parameter::value_type, bound_type_t<remove_optional_t<plain>>>;
            else return false;
        }();
        static_assert(type_matches, "quarry: the value's type does not match the parameter's type");
        constexpr bool null_allowed = Parameter::nullable || !(is_optional_v<plain> || std::is_same_v<plain, std::nullopt_t>);
        static_assert(null_allowed, "quarry: this parameter cannot be NULL");
        if constexpr (type_matches && null_allowed) {
            slot.value = typename Parameter::stored_type(std::forward<V>(value));
            slot.is_set = true;
        }
    }
};

// The values of a statement without named parameters: a constant, so running one
// costs no guard check of a function-local static.
inline constexpr parameter_values<type_list<>> no_parameters{};

}  // namespace quarry
