#pragma once
// INSERT INTO, in four forms:
//   insert_into(users).set(users.name = "Ann", users.age = 31)        one row, static SQL
//   insert_into(users).columns(users.name, users.age)
//                     .values("Ann", 31).values("Bob", std::nullopt)  many rows
//   insert_into(users).columns(users.name).select(select(...)...)      INSERT ... SELECT
//   insert_into(users).default_values()
// An upsert adds .on_conflict(key).do_update(...) or .do_nothing() (upsert.hpp).
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "quarry/core/node_list.hpp"
#include "quarry/engine/error.hpp"
#include "quarry/expr/assignment.hpp"
#include "quarry/statement/assignments.hpp"
#include "quarry/statement/column_names.hpp"
#include "quarry/statement/returning.hpp"
#include "quarry/statement/upsert.hpp"

namespace quarry {

template <class Query, class... Columns>
struct insert_select;

template <class T>
inline constexpr bool is_insert_select_v = false;
template <class Query, class... Columns>
inline constexpr bool is_insert_select_v<insert_select<Query, Columns...>> = true;

template <class Table, class Source>
struct insert_statement {
    Table table{};
    Source source{};

    using table_type = Table;
    using tables = type_list<>;
    using parameters = typename Source::parameters;
    static constexpr bool is_dynamic = Source::is_dynamic;
    static constexpr statement_kind kind = statement_kind::insert;
    static constexpr bool check_complete() { return Source::check_complete(); }
    std::size_t sql_shape() const noexcept
        requires requires(const Source& s) { s.sql_shape(); }
    {
        return source.sql_shape();
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write("INSERT INTO ");
        w.identifier(Table::sql_name);
        source.render(w);
    }

    // Adds a row to a multi-row INSERT.
    template <class... Values>
    insert_statement& values(Values&&... values) & {
        source.add_row(std::forward<Values>(values)...);
        return *this;
    }
    template <class... Values>
    insert_statement&& values(Values&&... values) && {
        source.add_row(std::forward<Values>(values)...);
        return std::move(*this);
    }

    template <class... Columns>
    constexpr auto returning(const Columns&... columns) const {
        return make_returning<Table>(*this, columns...);
    }

    // Upsert: what to do with a row whose key is already taken.
    template <class... Key>
    constexpr auto on_conflict(const Key&...) const {
        static_assert(!is_insert_select_v<Source>,
                      "quarry: ON CONFLICT follows INSERT ... VALUES; after INSERT ... SELECT SQLite cannot parse "
                      "it, so Quarry offers it nowhere");
        return make_conflict<insert_statement, Key...>(*this);
    }

    // The rows to insert, as a SELECT.
    template <class Query>
    constexpr auto select(const Query& query) const {
        return source.template from_select<Table>(query);
    }
};

template <class... Assignments>
struct insert_set : facts_of<Assignments...> {
    node_list<Assignments...> assignments;

    static constexpr bool check_complete() { return true; }

    template <class W>
    constexpr void render(W& w) const {
        assignments.apply([&](const auto&... a) {
            w.write(" (");
            render_column_names<typename std::remove_cvref_t<decltype(a)>::column_type...>(w);
            w.write(") VALUES (");
            render_list(w, ", ", a.value...);
            w.write(")");
        });
    }
};

struct insert_default_values : leaf_facts {
    static constexpr bool check_complete() { return true; }

    template <class W>
    constexpr void render(W& w) const {
        w.write(W::dialect::default_values);
    }
};

// The value a column of a multi-row INSERT stores, as its declared C++ type.
template <class Column, class V>
constexpr auto insert_value(V&& v) {
    using declared = typename Column::spec::declared_type;
    using plain = std::remove_cvref_t<V>;
    if constexpr (std::is_same_v<plain, std::nullopt_t>) {
        static_assert(Column::nullable, "quarry: cannot insert NULL into a NOT NULL column");
        return declared{};
    } else {
        constexpr bool type_matches = [] {
            if constexpr (bindable<remove_optional_t<plain>>)
                return comparable_v<typename Column::value_type, bound_type_t<remove_optional_t<plain>>>;
            else
                return false;
        }();
        static_assert(type_matches, "quarry: the inserted value's type does not match the column's type");
        constexpr bool null_allowed = Column::nullable || !is_optional_v<plain>;
        static_assert(null_allowed, "quarry: cannot insert a value that may be NULL into a NOT NULL column");
        if constexpr (type_matches && null_allowed) return declared(std::forward<V>(v));
        else return declared{};
    }
}

template <class... Columns>
struct insert_rows : leaf_facts {
    // Its SQL text grows with the number of rows.
    static constexpr bool is_dynamic = true;

    using row_values = std::tuple<typename Columns::spec::declared_type...>;
    std::vector<row_values> rows;

    static constexpr bool check_complete() { return true; }
    // The text depends on nothing else: the engine finds the statement by its type and this.
    std::size_t sql_shape() const noexcept { return rows.size(); }

    template <class... Values>
    void add_row(Values&&... values) {
        static_assert(sizeof...(Values) == sizeof...(Columns), "quarry: a row needs one value for each column");
        if constexpr (sizeof...(Values) == sizeof...(Columns)) {
            rows.emplace_back(insert_value<Columns>(std::forward<Values>(values))...);
        }
    }

    template <class Table, class Query>
    constexpr auto from_select(const Query& query) const;

    template <class W>
    constexpr void render(W& w) const {
        if (rows.empty()) throw usage_error("quarry: INSERT ... columns(...) has no rows; add them with .values(...)");
        w.write(" (");
        render_column_names<Columns...>(w);
        w.write(") VALUES ");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            w.write(i == 0 ? "(" : ", (");
            std::apply([&](const auto&... value) {
                bool first = true;
                ((first ? void(first = false) : w.write(", "), w.value(value)), ...);
            }, rows[i]);
            w.write(")");
        }
    }
};

template <class Query, class... Columns>
struct insert_select {
    Query query;

    using tables = type_list<>;
    using parameters = typename Query::parameters;
    static constexpr bool is_dynamic = Query::is_dynamic;
    static constexpr bool check_complete() { return Query::check_complete(); }

    template <class W>
    constexpr void render(W& w) const {
        w.write(" (");
        render_column_names<Columns...>(w);
        w.write(") ");
        query.render(w);
    }
};

template <class... Columns>
template <class Table, class Query>
constexpr auto insert_rows<Columns...>::from_select(const Query& query) const {
    using row_t = typename Query::row_type;
    constexpr bool arity_matches = std::tuple_size_v<row_t> == sizeof...(Columns);
    static_assert(arity_matches, "quarry: INSERT ... SELECT selects one column for each inserted column");
    if constexpr (arity_matches) {
        constexpr bool types_match = []<std::size_t... I>(std::index_sequence<I...>) {
            return (comparable_v<typename Columns::value_type,
                                 remove_optional_t<std::tuple_element_t<I, row_t>>> && ...);
        }(std::index_sequence_for<Columns...>{});
        static_assert(types_match, "quarry: a selected column's type does not match the inserted column's type");
        constexpr bool nulls_allowed = []<std::size_t... I>(std::index_sequence<I...>) {
            return ((Columns::nullable || !is_optional_v<std::tuple_element_t<I, row_t>>) && ...);
        }(std::index_sequence_for<Columns...>{});
        static_assert(nulls_allowed, "quarry: INSERT ... SELECT puts a value that may be NULL into a NOT NULL column");
    }
    return insert_statement<Table, insert_select<Query, Columns...>>{{}, {query}};
}

template <class Table>
struct insert_builder {
    template <class... Assignments>
    constexpr auto set(const Assignments&... assignments) const {
        static_assert((is_assignment_v<Assignments> && ...),
                      "quarry: set(...) takes assignments such as users.name = \"Ann\"");
        static_assert(check_insert_columns<Table, typename Assignments::column_type...>());
        using source_t = insert_set<Assignments...>;
        return insert_statement<Table, source_t>{{}, source_t{{}, node_list<Assignments...>(assignments...)}};
    }

    template <class... Columns>
    constexpr auto columns(const Columns&...) const {
        static_assert(check_insert_columns<Table, Columns...>());
        return insert_statement<Table, insert_rows<Columns...>>{};
    }

    constexpr auto default_values() const {
        static_assert(check_insert_columns<Table>());
        return insert_statement<Table, insert_default_values>{};
    }

    // Rows from structs: `.values(ann)`, or `.values(new_users)` for many at once.
    // Defined, with its rules, in quarry/mapping/struct_values.hpp.
    template <class Rows>
    auto values(Rows&& rows) const;
};

template <class Table>
    requires is_table_v<Table>
constexpr insert_builder<Table> insert_into(const Table&) {
    static_assert(!Table::is_aliased, "quarry: INSERT INTO takes a table, not an alias");
    return {};
}

}  // namespace quarry
