#pragma once
// A condition that a run-time choice includes or leaves out, for filters a user may or
// may not have set:
//   if_set(form.min_age, [](std::int32_t age) { return users.age >= age; })
//   only_if(form.adults_only, users.age >= 18)
// Its type, tables and value types are fixed at compile time like any condition's;
// only whether it is written is decided at run time. SELECT's .where(...) takes them
// (clause/chosen_where.hpp); UPDATE and DELETE do not, so that no unset filter can
// widen a write to every row.
#include <concepts>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include "quarry/expr/value.hpp"

namespace quarry {

template <class Condition>
struct optional_condition : facts_of<Condition> {
    static constexpr bool is_dynamic = true;
    static constexpr int precedence = Condition::precedence;

    Condition condition{};
    bool chosen = false;

    template <class W>
    constexpr void render(W& w) const {
        condition.render(w);
    }
};

template <class T>
inline constexpr bool is_optional_condition_v = false;
template <class Condition>
inline constexpr bool is_optional_condition_v<optional_condition<Condition>> = true;

// The condition when `chosen` is true, nothing otherwise.
template <class Condition>
constexpr auto only_if(bool chosen, Condition&& condition) {
    using condition_t = operand_t<Condition>;
    static_assert(boolean_expression<condition_t>, "quarry: only_if(chosen, condition) takes a condition");
    return optional_condition<condition_t>{{}, make_operand(std::forward<Condition>(condition)), chosen};
}

// make_condition(*input) when the input holds a value, nothing when it is empty. The
// value reaches the condition as a C++ value, so it is bound, never written.
template <class T, class MakeCondition>
    requires std::invocable<MakeCondition, const T&>
constexpr auto if_set(const std::optional<T>& input, MakeCondition&& make_condition) {
    using condition_t = operand_t<std::invoke_result_t<MakeCondition, const T&>>;
    static_assert(boolean_expression<condition_t>,
                  "quarry: if_set(input, f) needs f to return a condition, such as users.age >= value");
    if (!input) return optional_condition<condition_t>{};
    return optional_condition<condition_t>{
        {}, make_operand(std::invoke(std::forward<MakeCondition>(make_condition), *input)), true};
}

}  // namespace quarry
