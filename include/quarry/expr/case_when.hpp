#pragma once
// CASE WHEN c1 THEN v1 WHEN c2 THEN v2 ELSE v3 END:
//   case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior")
#include <tuple>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

template <class Condition, class Result>
struct when_branch : facts_of<Condition, Result> {
    Condition condition;
    Result result;
};

struct no_else : leaf_facts {
    static constexpr bool nullable = true;
};

template <class Else, class... Branches>
struct case_node : facts_of<Else, Branches...>, expression_interface<case_node<Else, Branches...>> {
    using first_branch = std::tuple_element_t<0, std::tuple<Branches...>>;
    using value_type = typename decltype(first_branch::result)::value_type;
    static constexpr bool nullable = Else::nullable || (decltype(Branches::result)::nullable || ...);
    static constexpr int precedence = precedence::atom;

    node_list<Branches...> branches;
    Else otherwise;

    constexpr case_node() = default;
    constexpr case_node(node_list<Branches...> b, Else e) : branches(std::move(b)), otherwise(std::move(e)) {}

    template <class Condition, class Result>
    constexpr auto when(Condition&& condition, Result&& result) const {
        static_assert(std::is_same_v<Else, no_else>, "quarry: WHEN must come before ELSE");
        auto branch = make_branch(std::forward<Condition>(condition), std::forward<Result>(result));
        return case_node<Else, Branches..., decltype(branch)>{branches.append(branch), otherwise};
    }

    template <class Result>
    constexpr auto else_(Result&& result) const {
        static_assert(std::is_same_v<Else, no_else>, "quarry: a CASE has one ELSE");
        using result_t = operand_t<Result>;
        static_assert(comparable_v<value_type, typename result_t::value_type>,
                      "quarry: every branch of a CASE must have the same type");
        return case_node<result_t, Branches...>{branches, make_operand(std::forward<Result>(result))};
    }

    template <class Condition, class Result>
    static constexpr auto make_branch(Condition&& condition, Result&& result) {
        using condition_t = operand_t<Condition>;
        using result_t = operand_t<Result>;
        static_assert(boolean_expression<condition_t>, "quarry: WHEN takes a condition");
        if constexpr (sizeof...(Branches) > 0) {
            static_assert(comparable_v<value_type, typename result_t::value_type>,
                          "quarry: every branch of a CASE must have the same type");
        }
        return when_branch<condition_t, result_t>{{}, make_operand(std::forward<Condition>(condition)),
                                                  make_operand(std::forward<Result>(result))};
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write("CASE");
        branches.apply([&](const auto&... branch) {
            ((w.write(" WHEN "), branch.condition.render(w), w.write(" THEN "), branch.result.render(w)), ...);
        });
        if constexpr (!std::is_same_v<Else, no_else>) {
            w.write(" ELSE ");
            otherwise.render(w);
        }
        w.write(" END");
    }
};

template <class Condition, class Result>
constexpr auto case_when(Condition&& condition, Result&& result) {
    using first_branch = when_branch<operand_t<Condition>, operand_t<Result>>;
    auto branch = case_node<no_else, first_branch>::make_branch(std::forward<Condition>(condition),
                                                                std::forward<Result>(result));
    return case_node<no_else, first_branch>{node_list<first_branch>(branch), no_else{}};
}

}  // namespace quarry
