#pragma once
// What a table declaration says beyond its columns: entries after the columns of
// QUARRY_TABLE, each a type in the definition's `table_options` list.
//
//   QUARRY_TABLE(memberships,
//       (user_id,    std::int64_t, references(users, id)),
//       (group_name, std::string),
//       (role,       std::string,  default("member")),
//       primary_key(user_id, group_name),        // a key over several columns, in this order
//       check("role IN ('member', 'admin')"),    // CHECK (...) over the whole row
//       index(role),                             // CREATE INDEX "ix_memberships_role"
//       unique_index(group_name, role));         // CREATE UNIQUE INDEX "ux_memberships_group_name_role"
//
// The traits below answer what DDL and struct mapping ask: which columns form the
// primary key (declared on the columns or with primary_key(...)), which indexes exist,
// and whether a column is indexed (MySQL needs a length on indexed text).
#include <string_view>
#include <type_traits>

#include "quarry/core/fixed_string.hpp"
#include "quarry/core/type_list.hpp"
#include "quarry/schema/column.hpp"

namespace quarry {

// primary_key(a, b) as a table entry.
template <class... Specs>
struct primary_key_columns {
    using specs = type_list<Specs...>;
};

// check("SQL") on a column or as a table entry: CHECK (SQL). The SQL is the
// declaration's constant, written into DDL as it is.
template <fixed_string Sql>
struct check_constraint {
    static constexpr std::string_view sql = Sql.view();
};

// index(a, ...) and unique_index(a, ...) as table entries.
template <bool Unique, class... Specs>
struct table_index {
    static constexpr bool unique = Unique;
    using specs = type_list<Specs...>;
};

namespace detail {
template <class T>
inline constexpr bool is_primary_key_columns = false;
template <class... S>
inline constexpr bool is_primary_key_columns<primary_key_columns<S...>> = true;

template <class T>
inline constexpr bool is_check_constraint = false;
template <fixed_string S>
inline constexpr bool is_check_constraint<check_constraint<S>> = true;

template <class T>
inline constexpr bool is_table_index = false;
template <bool U, class... S>
inline constexpr bool is_table_index<table_index<U, S...>> = true;

template <class Definition>
struct table_options_of {
    using type = type_list<>;
};
template <class Definition>
    requires requires { typename Definition::table_options; }
struct table_options_of<Definition> {
    using type = typename Definition::table_options;
};

// The elements of a list for which Predicate<T> holds, in order.
template <template <class> class Predicate, class List>
struct filter;
template <template <class> class Predicate, class... T>
struct filter<Predicate, type_list<T...>> {
    using type = concat_t<std::conditional_t<Predicate<T>::value, type_list<T>, type_list<>>...>;
};

template <class T>
struct is_primary_key_columns_t : std::bool_constant<is_primary_key_columns<T>> {};
template <class T>
struct is_check_constraint_t : std::bool_constant<is_check_constraint<T>> {};
template <class T>
struct is_table_index_t : std::bool_constant<is_table_index<T>> {};
template <class Spec>
struct is_primary_key_column_t : std::bool_constant<column_facts<Spec>::is_primary_key> {};

template <class List>
struct specs_of_first {
    using type = type_list<>;
};
template <class First, class... Rest>
struct specs_of_first<type_list<First, Rest...>> {
    using type = typename First::specs;
};
}  // namespace detail

template <class Definition>
using table_options_t = typename detail::table_options_of<Definition>::type;

template <class Definition>
using table_checks_t = typename detail::filter<detail::is_check_constraint_t, table_options_t<Definition>>::type;

template <class Definition>
using table_indexes_t = typename detail::filter<detail::is_table_index_t, table_options_t<Definition>>::type;

// The primary_key(...) entries of a table; a valid table has at most one.
template <class Definition>
using primary_key_entries_t =
    typename detail::filter<detail::is_primary_key_columns_t, table_options_t<Definition>>::type;

// The columns marked primary_key in their declaration.
template <class Definition>
using primary_key_marked_t =
    typename detail::filter<detail::is_primary_key_column_t, typename Definition::column_specs>::type;

// The primary key's column specs, in key order: from primary_key(...) if the table
// has that entry, else the columns marked primary_key, in declaration order.
template <class Definition>
using primary_key_specs_t =
    std::conditional_t<primary_key_entries_t<Definition>::size != 0,
                       typename detail::specs_of_first<primary_key_entries_t<Definition>>::type,
                       primary_key_marked_t<Definition>>;

namespace detail {
template <class Indexes, class Spec>
inline constexpr bool in_an_index = false;
template <class... I, class Spec>
inline constexpr bool in_an_index<type_list<I...>, Spec> = (contains_v<typename I::specs, Spec> || ...);
}  // namespace detail

// Whether a column is part of a key or an index, or refers to one: MySQL then needs
// text to have a length, so it is VARCHAR(255) rather than LONGTEXT.
template <class Definition, class Spec>
inline constexpr bool is_indexed_v =
    column_facts<Spec>::is_unique || detail::has_references_option<typename Spec::options> ||
    detail::in_an_index<table_indexes_t<Definition>, Spec> || contains_v<primary_key_specs_t<Definition>, Spec>;

}  // namespace quarry
