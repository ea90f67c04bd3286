#pragma once
// WITH [RECURSIVE] name (columns) AS (query), ... statement
//
//   auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
//   db(with(adults)(select(adults.name).from(adults).order_by(adults.name)));
//
// with(...) takes the CTEs (cte.hpp) in the order they are defined: a later one may
// select from an earlier one. RECURSIVE is written when one of them is recursive, as
// SQL requires then; the others are unaffected by it. The statement is a SELECT or a
// set operation, and the result has its rows.
#include <cstddef>
#include <string_view>

#include "quarry/core/node_list.hpp"
#include "quarry/statement/cte.hpp"

namespace quarry {

template <class Query, class... Ctes>
struct with_statement {
    node_list<Ctes...> ctes{};
    Query query{};

    using row_type = typename Query::row_type;
    using parameters = concat_t<typename Ctes::query_type::parameters..., typename Query::parameters>;
    static constexpr bool is_dynamic = (Ctes::query_type::is_dynamic || ...) || Query::is_dynamic;

    // Every CTE is in scope everywhere in the statement: a later one may use an
    // earlier one, a recursive one itself. (A use of a later one fails in the database.)
    using ctes_in_scope = type_list<cte_use<typename Ctes::reference_type>...>;

    static constexpr bool check_complete() {
        return (Ctes::query_type::template check_complete<ctes_in_scope>() && ...) &&
               Query::template check_complete<ctes_in_scope>();
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write((Ctes::is_recursive || ...) ? "WITH RECURSIVE " : "WITH ");
        ctes.apply([&](const auto&... cte) {
            bool first = true;
            ((first ? void(first = false) : w.write(", "), cte.render_definition(w)), ...);
        });
        w.write(" ");
        query.render(w);
    }
};

template <class... Ctes>
struct with_clause {
    node_list<Ctes...> ctes;

    // The statement the CTEs are defined for.
    template <class Query>
    constexpr auto operator()(const Query& query) const {
        static_assert(set_member<Query>, "quarry: with(...)(statement) takes a SELECT or a set operation");
        if constexpr (set_member<Query>) return with_statement<Query, Ctes...>{ctes, query};
    }
};

template <class... Ctes>
constexpr auto with(const Ctes&... ctes) {
    constexpr bool all_ctes = sizeof...(Ctes) > 0 && (is_cte_definition_v<Ctes> && ...);
    static_assert(all_ctes, "quarry: with(...) takes CTEs made with cte<\"name\">(query)");
    if constexpr (all_ctes) {
        constexpr bool unique_names = [] {
            constexpr std::string_view names[] = {Ctes::reference_name...};
            for (std::size_t i = 0; i < sizeof...(Ctes); ++i)
                for (std::size_t j = i + 1; j < sizeof...(Ctes); ++j)
                    if (names[i] == names[j]) return false;
            return true;
        }();
        static_assert(unique_names, "quarry: two CTEs of one WITH have the same name");
        return with_clause<Ctes...>{node_list<Ctes...>(ctes...)};
    }
}

}  // namespace quarry
