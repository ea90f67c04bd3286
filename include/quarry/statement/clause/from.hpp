#pragma once
// FROM source [JOIN table ON condition]...
//   select(...).from(users).join(posts).on(posts.user_id == users.id)
//   select(...).from(users).left_join_if(chosen, posts).on(posts.user_id == users.id)
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/expression.hpp"

namespace quarry {

enum class join_kind { inner, left, right, full, cross };

// A join kind as a feature a dialect may lack, checked when the statement is rendered.
template <join_kind Kind>
struct join_feature {
    static constexpr join_kind kind = Kind;
};

// What FROM and JOIN keep of a source: a CTE only by its name, its query stays in WITH.
template <class Source>
struct from_item {
    using type = Source;
};
template <class Source>
    requires requires { typename Source::reference_type; }
struct from_item<Source> {
    using type = typename Source::reference_type;
};
template <class Source>
using from_item_t = typename from_item<Source>::type;

// The use of a CTE in FROM or a join, which only a WITH around the statement provides:
// a statement that selects from a CTE without with(cte)(...) does not compile.
template <class Reference>
struct cte_use {};

template <class T>
struct is_cte_use : std::false_type {};
template <class Reference>
struct is_cte_use<cte_use<Reference>> : std::true_type {};

template <join_kind Kind, class Table, class Condition>
struct join_clause {
    using provided_tables = typename Table::provided_tables;
    using tables = concat_t<typename Table::tables, typename Condition::tables>;
    using parameters = concat_t<typename Table::parameters, typename Condition::parameters>;
    static constexpr bool is_dynamic = Table::is_dynamic || Condition::is_dynamic;
    static constexpr bool binds_nothing = binds_nothing_in_v<Table, Condition>;

    Table table;
    Condition condition;

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::template require<join_feature<Kind>>();
        constexpr std::string_view keyword[] = {" INNER JOIN ", " LEFT OUTER JOIN ", " RIGHT OUTER JOIN ",
                                                " FULL OUTER JOIN ", " CROSS JOIN "};
        w.write(keyword[static_cast<int>(Kind)]);
        table.render(w);
        if constexpr (Kind != join_kind::cross) {
            w.write(" ON ");
            condition.render(w);
        }
    }
};

// A join that a run-time choice writes or leaves out. Its table's columns may appear
// only in its ON and in optional conditions (if_set, only_if), which the program
// chooses together with it; select_statement checks that.
template <class Join>
struct optional_join : Join {
    static constexpr bool is_dynamic = true;

    bool chosen = false;

    template <class W>
    constexpr void render(W& w) const {
        if (chosen) Join::render(w);
    }
};

template <class T>
inline constexpr bool is_optional_join_v = false;
template <class Join>
inline constexpr bool is_optional_join_v<optional_join<Join>> = true;

// The condition of a CROSS JOIN, which has none.
struct no_condition : leaf_facts {};

template <class Source, class... Joins>
struct from_clause {
    using provided_tables = concat_t<typename Source::provided_tables, typename Joins::provided_tables...>;
    using tables = concat_t<typename Source::tables, typename Joins::tables...>;
    using parameters = concat_t<typename Source::parameters, typename Joins::parameters...>;
    using bare_columns = type_list<>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = Source::is_dynamic || (Joins::is_dynamic || ...);
    static constexpr bool binds_nothing = binds_nothing_in_v<Source, Joins...>;

    Source source;
    node_list<Joins...> joins;

    template <join_kind Kind, class Table, class Condition>
    constexpr auto add_join(const Table& table, Condition condition) const {
        using join_t = join_clause<Kind, from_item_t<Table>, Condition>;
        return from_clause<Source, Joins..., join_t>{
            source, joins.append(join_t{from_item_t<Table>(table), std::move(condition)})};
    }

    template <join_kind Kind, class Table, class Condition>
    constexpr auto add_optional_join(const Table& table, Condition condition, bool chosen) const {
        using join_t = optional_join<join_clause<Kind, from_item_t<Table>, Condition>>;
        return from_clause<Source, Joins..., join_t>{
            source, joins.append(join_t{{from_item_t<Table>(table), std::move(condition)}, chosen})};
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write(" FROM ");
        source.render(w);
        joins.apply([&](const auto&... join) { (join.render(w), ...); });
    }
};

// The tables whose columns read as NULL when a join finds no match: the right side
// of a LEFT JOIN, everything before a RIGHT JOIN, both sides of a FULL JOIN.
template <class Before, class Join>
struct outer_joined;
template <class Before, join_kind Kind, class Table, class Condition>
struct outer_joined<Before, join_clause<Kind, Table, Condition>> {
    using type = std::conditional_t<
        Kind == join_kind::left, typename Table::provided_tables,
        std::conditional_t<Kind == join_kind::right, Before,
                           std::conditional_t<Kind == join_kind::full,
                                              concat_t<Before, typename Table::provided_tables>, type_list<>>>>;
};

// The tables provided before the join at index I.
template <std::size_t I, class Source, class... Joins>
struct provided_before {
    template <std::size_t... J>
    static auto compute(std::index_sequence<J...>)
        -> concat_t<typename Source::provided_tables,
                    std::conditional_t<(J < I), typename Joins::provided_tables, type_list<>>...>;
    using type = decltype(compute(std::index_sequence_for<Joins...>{}));
};

template <class Before, class Join>
struct outer_joined<Before, optional_join<Join>> : outer_joined<Before, Join> {};

template <class From>
struct outer_joined_tables {
    using type = type_list<>;
};
template <class Source, class... Joins>
struct outer_joined_tables<from_clause<Source, Joins...>> {
    template <std::size_t... I>
    static auto compute(std::index_sequence<I...>)
        -> concat_t<typename outer_joined<typename provided_before<I, Source, Joins...>::type, Joins>::type...>;
    using type = decltype(compute(std::index_sequence_for<Joins...>{}));
};

// The tables that optional joins provide, and the tables that the rest of FROM
// references in every run.
template <class From>
struct optional_joins_of {
    using provided_tables = type_list<>;
    using always_tables = typename From::tables;
};
template <class Source, class... Joins>
struct optional_joins_of<from_clause<Source, Joins...>> {
    using provided_tables = concat_t<
        std::conditional_t<is_optional_join_v<Joins>, typename Joins::provided_tables, type_list<>>...>;
    using always_tables =
        concat_t<typename Source::tables,
                 std::conditional_t<is_optional_join_v<Joins>, type_list<>, typename Joins::tables>...>;
};

}  // namespace quarry
