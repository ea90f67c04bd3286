#pragma once
// A common table expression: a named query that a statement's WITH defines and its
// FROM and joins use like a table. Its columns are the query's named select items.
//
//   auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
//   db(with(adults)(select(adults.name).from(adults)));
//
// A recursive one starts from a query and adds the rows a second query derives from
// the rows so far. The second query is given as a function of the CTE, which it
// selects from:
//
//   auto tree = cte<"tree">(select(employees.id, employees.name, value(0).as(depth))
//                               .from(employees).where(employees.boss_id.is_null()))
//                   .union_all([](auto tree) {
//                       return select(employees.id, employees.name, tree.depth + 1)
//                           .from(employees).join(tree).on(employees.boss_id == tree.id);
//                   });
//   db(with(tree)(select(tree.name, tree.depth).from(tree)));     WITH RECURSIVE ...
//
// The CTE's columns are typed by the first query, so the second must fit them: the
// same types, NULL only where the first query allows it.
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/statement/clause/from.hpp"
#include "quarry/statement/set_operation.hpp"
#include "quarry/statement/subquery.hpp"

namespace quarry {

// The CTE as FROM and joins see it: a name and typed columns, `"name"."column"`.
template <fixed_string Name, class Row>
struct cte_reference : derived_columns<cte_reference<Name, Row>, Row> {
    static constexpr std::string_view reference_name = declared_sql_name(Name.view());
    using row_type = Row;
    using provided_tables = type_list<cte_reference>;
    using tables = type_list<cte_use<cte_reference>>;
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(reference_name);
    }
};

// Every selected column of a CTE needs a name: it is how the CTE's columns are reached.
template <class Row>
inline constexpr bool all_fields_named_v = false;
template <class... Fields>
inline constexpr bool all_fields_named_v<row<Fields...>> = (!std::is_void_v<typename Fields::spec_type> && ...);

template <class AnchorRow, class RecursiveRow>
inline constexpr bool recursive_row_fits_v = false;
template <class... A, class... R>
    requires(sizeof...(A) == sizeof...(R))
inline constexpr bool recursive_row_fits_v<row<A...>, row<R...>> =
    ((comparable_v<remove_optional_t<typename A::value_type>, remove_optional_t<typename R::value_type>> &&
      (is_optional_v<typename A::value_type> || !is_optional_v<typename R::value_type>)) &&
     ...);

// The definition WITH renders: `"name" ("a", "b") AS (query)`.
template <class Reference, class Query, bool Recursive>
struct cte_definition : Reference {
    using reference_type = Reference;
    using query_type = Query;
    static constexpr bool is_recursive = Recursive;

    Query query{};

    constexpr cte_definition() = default;
    constexpr explicit cte_definition(Query q) : query(std::move(q)) {}

    template <class W>
    constexpr void render_definition(W& w) const {
        w.identifier(Reference::reference_name);
        w.write(" (");
        render_field_names(w, typename Reference::row_type{});
        w.write(") AS (");
        query.render(w);
        w.write(")");
    }

    // WITH RECURSIVE: this query's rows, then the rows that `recursive_part(cte)` derives from them.
    template <class RecursivePart>
    constexpr auto union_all(const RecursivePart& recursive_part) const {
        return make_recursive<set_operator::union_all>(recursive_part);
    }
    // The same, without duplicate rows, which also ends a walk that meets a row again.
    template <class RecursivePart>
    constexpr auto union_distinct(const RecursivePart& recursive_part) const {
        return make_recursive<set_operator::union_distinct>(recursive_part);
    }

private:
    template <class W, class... Fields>
    static constexpr void render_field_names(W& w, row<Fields...>) {
        bool first = true;
        ((first ? void(first = false) : w.write(", "), w.identifier(Fields::spec_type::sql_name)), ...);
    }

    template <set_operator Op, class RecursivePart>
    constexpr auto make_recursive(const RecursivePart& recursive_part) const {
        static_assert(!Recursive, "quarry: a recursive CTE has one recursive part");
        constexpr bool is_function = std::is_invocable_v<const RecursivePart&, const Reference&>;
        static_assert(is_function, "quarry: a recursive CTE's second part is a function of the CTE: "
                                   ".union_all([](auto tree) { return select(...).from(t).join(tree).on(...); })");
        if constexpr (is_function) {
            using part_t = std::invoke_result_t<const RecursivePart&, const Reference&>;
            static_assert(set_member<part_t>, "quarry: a recursive CTE's second part returns a SELECT");
            if constexpr (set_member<part_t>) {
                static_assert(recursive_row_fits_v<typename Reference::row_type, typename part_t::row_type>,
                              "quarry: a recursive CTE's second part must select columns of the first part's types, "
                              "NULL only where the first part may be NULL");
                using query_t = set_operation<Op, Query, part_t>;
                return cte_definition<Reference, query_t, true>{query_t{query, recursive_part(Reference{})}};
            }
        }
    }
};

template <class T>
inline constexpr bool is_cte_definition_v = false;
template <class R, class Q, bool Recursive>
inline constexpr bool is_cte_definition_v<cte_definition<R, Q, Recursive>> = true;

template <fixed_string Name, class Query>
constexpr auto cte(const Query& query) {
    static_assert(Name.size() != 0, "quarry: a CTE needs a name: cte<\"name\">(query)");
    static_assert(set_member<Query>, "quarry: a CTE is defined by a SELECT or a set operation");
    if constexpr (set_member<Query>) {
        static_assert(Query::check_grouping());
        static_assert(all_fields_named_v<typename Query::row_type>,
                      "quarry: every column of a CTE needs a name; name expressions with .as(...)");
        return cte_definition<cte_reference<Name, typename Query::row_type>, Query, false>{query};
    }
}

}  // namespace quarry
