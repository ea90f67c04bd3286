#pragma once
// Subqueries: as a value, in EXISTS, and as a derived table in FROM.
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/expr/interface.hpp"
#include "quarry/render/identifier_rules.hpp"
#include "quarry/schema/column.hpp"
#include "quarry/statement/select_list.hpp"

namespace quarry {

template <class Query>
struct scalar_subquery : facts_of<Query>, expression_interface<scalar_subquery<Query>> {
    using value_type = typename std::remove_cvref_t<decltype(Query::columns.items.template get<0>())>::value_type;
    static constexpr bool nullable = true;  // no row reads as NULL
    static constexpr int precedence = precedence::atom;

    Query query;

    constexpr scalar_subquery() = default;
    constexpr explicit scalar_subquery(Query q) : query(std::move(q)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.write("(");
        query.render(w);
        w.write(")");
    }
};

template <class Query, bool Negated>
struct exists_node : facts_of<Query>, expression_interface<exists_node<Query, Negated>> {
    using value_type = bool;
    static constexpr bool nullable = false;
    static constexpr int precedence = precedence::atom;

    Query query;

    constexpr exists_node() = default;
    constexpr explicit exists_node(Query q) : query(std::move(q)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.write(Negated ? "NOT EXISTS (" : "EXISTS (");
        query.render(w);
        w.write(")");
    }
};

// A SELECT statement, of any number of columns.
template <class T>
concept select_query = requires {
    typename T::row_type;
    T::check_grouping();
};

template <class Query>
    requires select_query<Query>
constexpr auto exists(const Query& query) {
    static_assert(Query::check_grouping());
    return exists_node<Query, false>{query};
}

template <class Query>
    requires select_query<Query>
constexpr auto not_exists(const Query& query) {
    static_assert(Query::check_grouping());
    return exists_node<Query, true>{query};
}

// The spec of a derived table's column: the select item's name and result type.
template <class FieldSpec, class T>
struct derived_column_spec {
    using declared_type = T;
    using options = type_list<>;
    static constexpr std::string_view sql_name = FieldSpec::sql_name;
    template <class U>
    using quarry_field = typename FieldSpec::template quarry_field<U>;
};

// The columns of a table made from a query's row (a derived table, a CTE): one
// member per named field, `t.name`, of the field's type.
template <class Table, class Row>
struct derived_columns;

template <class Table, class Field>
struct derived_member {};
template <class Table, std::size_t I, class Spec, class T>
    requires(!std::is_void_v<Spec>)
struct derived_member<Table, row_field<I, Spec, T>>
    : Spec::template quarry_field<column<Table, derived_column_spec<Spec, T>>> {};

template <class Table, class... Fields>
struct derived_columns<Table, row<Fields...>> : derived_member<Table, Fields>... {
    using specs = concat_t<std::conditional_t<std::is_void_v<typename Fields::spec_type>, type_list<>,
                                              type_list<derived_column_spec<typename Fields::spec_type,
                                                                            typename Fields::value_type>>>...>;
};

// `(SELECT ...) AS "name"`, whose named select items are its columns.
template <class Query, fixed_string Name>
struct derived_table : derived_columns<derived_table<Query, Name>, typename Query::row_type> {
    static constexpr std::string_view reference_name = declared_sql_name(Name.view());
    using provided_tables = type_list<derived_table>;
    using tables = typename Query::tables;
    using parameters = typename Query::parameters;
    static constexpr bool is_dynamic = Query::is_dynamic;

    Query query;

    constexpr derived_table() = default;
    constexpr explicit derived_table(Query q) : query(std::move(q)) {}

    template <class W>
    constexpr void render(W& w) const {
        w.write("(");
        query.render(w);
        w.write(") AS ");
        w.identifier(reference_name);
    }
};

}  // namespace quarry
