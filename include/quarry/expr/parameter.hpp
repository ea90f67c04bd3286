#pragma once
// Named parameters for prepared statements:
//   auto adults = db.prepare(select(users.name).from(users)
//                                .where(users.age >= parameter<"min_age">(users.age)));
//   adults.set<"min_age">(18);
// The node holds no value; the prepared statement stores one per name.
#include <type_traits>

#include "quarry/core/fixed_string.hpp"
#include "quarry/expr/interface.hpp"

namespace quarry {

template <fixed_string Name, class T>
struct parameter_node : expression_interface<parameter_node<Name, T>> {
    static constexpr std::string_view name = Name.view();
    using value_type = remove_optional_t<T>;
    // The type `set<Name>` takes: std::optional for a parameter that may be NULL.
    using stored_type = T;
    static constexpr bool nullable = is_optional_v<T>;
    static constexpr int precedence = precedence::atom;

    using tables = type_list<>;
    using bare_columns = type_list<>;
    using parameters = type_list<parameter_node>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = false;

    template <class W>
    constexpr void render(W& w) const {
        w.parameter(*this);
    }
};

// A parameter typed like `like`, usually the column it is compared with.
template <fixed_string Name, class Like>
    requires expression<Like>
constexpr auto parameter(const Like&) {
    using value_t = typename Like::value_type;
    return parameter_node<Name, std::conditional_t<Like::nullable, std::optional<value_t>, value_t>>{};
}

template <fixed_string Name, column_value T>
constexpr auto parameter() {
    return parameter_node<Name, T>{};
}

}  // namespace quarry
