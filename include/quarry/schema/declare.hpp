#pragma once
// QUARRY_TABLE declares a table in one statement:
//
//   QUARRY_TABLE(users,
//       (id,   std::int64_t,          primary_key, auto_increment),
//       (name, std::string,           unique),
//       (age,  std::optional<std::int32_t>, check("age >= 0")));
//
//   QUARRY_TABLE(posts,
//       (id,      std::int64_t, primary_key, auto_increment),
//       (title,   std::string,  sql_name("title text")),
//       (user_id, std::int64_t, references(users, id), on_delete(cascade)),
//       index(user_id));
//
// It defines `users`, a constexpr table object whose members are its columns. A
// column is (name, type, options...); std::optional makes it nullable. The options
// are primary_key, auto_increment, unique, default(constant), default_sql("SQL"),
// check("SQL"), precision(digits, scale) for a quarry::decimal column,
// with_time_zone for a quarry::timestamp column that is TIMESTAMPTZ on PostgreSQL,
// references(table, column), on_delete(action), on_update(action) and
// sql_name("name"), with actions no_action, restrict, cascade, set_null and
// set_default. After the columns come the table's own entries, unparenthesised:
// primary_key(a, b), check("SQL"), index(a, ...) and unique_index(a, ...)
// (see table_options.hpp). QUARRY_NAMED_TABLE(cpp_name, "sql name", ...) names the table.
// A declaration takes at most 256 entries, columns and table entries together.
#include <string_view>

#include "quarry/core/pp_for_each.hpp"
#include "quarry/schema/table.hpp"
#include "quarry/schema/table_options.hpp"

// Applies a macro to each of at most eight arguments: QUARRY_PP_MAP(m, a, b) is m(a), m(b).
#define QUARRY_PP_MAP(m, ...) __VA_OPT__(QUARRY_PP_MAP_N(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1)(m, __VA_ARGS__))
#define QUARRY_PP_MAP_N(a1, a2, a3, a4, a5, a6, a7, a8, n, ...) QUARRY_PP_MAP_##n
#define QUARRY_PP_MAP_1(m, a) m(a)
#define QUARRY_PP_MAP_2(m, a, ...) m(a), QUARRY_PP_MAP_1(m, __VA_ARGS__)
#define QUARRY_PP_MAP_3(m, a, ...) m(a), QUARRY_PP_MAP_2(m, __VA_ARGS__)
#define QUARRY_PP_MAP_4(m, a, ...) m(a), QUARRY_PP_MAP_3(m, __VA_ARGS__)
#define QUARRY_PP_MAP_5(m, a, ...) m(a), QUARRY_PP_MAP_4(m, __VA_ARGS__)
#define QUARRY_PP_MAP_6(m, a, ...) m(a), QUARRY_PP_MAP_5(m, __VA_ARGS__)
#define QUARRY_PP_MAP_7(m, a, ...) m(a), QUARRY_PP_MAP_6(m, __VA_ARGS__)
#define QUARRY_PP_MAP_8(m, a, ...) m(a), QUARRY_PP_MAP_7(m, __VA_ARGS__)

// 1 if the argument is parenthesised, as a column is, else 0, as a table entry.
#define QUARRY_PP_IS_PAREN(x) QUARRY_PP_IS_PAREN_I(QUARRY_PP_IS_PAREN_PROBE x)
#define QUARRY_PP_IS_PAREN_I(...) QUARRY_PP_SECOND(__VA_ARGS__, 0, ~)
#define QUARRY_PP_IS_PAREN_PROBE(...) ~, 1,
#define QUARRY_PP_SECOND(a, b, ...) b
#define QUARRY_PP_CAT(a, b) QUARRY_PP_CAT_I(a, b)
#define QUARRY_PP_CAT_I(a, b) a##b

// Column options, at most eight per column: each token `x` becomes QUARRY_OPTION_x.
#define QUARRY_PP_OPTIONS(...) QUARRY_PP_MAP(QUARRY_PP_OPTION, __VA_ARGS__)
#define QUARRY_PP_OPTION(option) QUARRY_OPTION_##option
// Column names in a table entry, at most eight: each `x` becomes its spec, x_spec.
#define QUARRY_PP_SPECS(...) QUARRY_PP_MAP(QUARRY_PP_SPEC, __VA_ARGS__)
#define QUARRY_PP_SPEC(column) column##_spec

#define QUARRY_OPTION_primary_key ::quarry::primary_key
#define QUARRY_OPTION_auto_increment ::quarry::auto_increment
#define QUARRY_OPTION_unique ::quarry::unique
#define QUARRY_OPTION_with_time_zone ::quarry::with_time_zone
#define QUARRY_OPTION_default(value) ::quarry::default_value<::quarry::sql_literal(value)>
#define QUARRY_OPTION_default_sql(sql) ::quarry::default_sql<::quarry::fixed_string(sql)>
#define QUARRY_OPTION_precision(digits, scale) ::quarry::precision<digits, scale>
#define QUARRY_OPTION_sql_name(name) ::quarry::sql_name<::quarry::fixed_string(name)>
#define QUARRY_OPTION_references(table, column) \
    ::quarry::references<table##_definition, table##_definition::column##_spec>
#define QUARRY_OPTION_on_delete(action) ::quarry::on_delete<::quarry::referential_action::action>
#define QUARRY_OPTION_on_update(action) ::quarry::on_update<::quarry::referential_action::action>
#define QUARRY_OPTION_check(sql) ::quarry::check_constraint<::quarry::fixed_string(sql)>

// Table entries: each `x(...)` becomes QUARRY_TABLE_OPTION_x(...).
#define QUARRY_TABLE_OPTION_primary_key(...) ::quarry::primary_key_columns<QUARRY_PP_SPECS(__VA_ARGS__)>
#define QUARRY_TABLE_OPTION_check(sql) ::quarry::check_constraint<::quarry::fixed_string(sql)>
#define QUARRY_TABLE_OPTION_index(...) ::quarry::table_index<false, QUARRY_PP_SPECS(__VA_ARGS__)>
#define QUARRY_TABLE_OPTION_unique_index(...) ::quarry::table_index<true, QUARRY_PP_SPECS(__VA_ARGS__)>

// Each entry of QUARRY_TABLE is a column, (name, type, options...), or a table entry;
// the macros below each act on one kind and skip the other.
#define QUARRY_DETAIL_IF_COLUMN(macro, entry) QUARRY_PP_CAT(macro, QUARRY_PP_IS_PAREN(entry))(entry)

#define QUARRY_DETAIL_COLUMN_SPEC(entry) QUARRY_DETAIL_IF_COLUMN(QUARRY_DETAIL_COLUMN_SPEC_, entry)
#define QUARRY_DETAIL_COLUMN_SPEC_0(entry)
#define QUARRY_DETAIL_COLUMN_SPEC_1(column) QUARRY_DETAIL_COLUMN_SPEC_I column
#define QUARRY_DETAIL_COLUMN_SPEC_I(name, type, ...)                                                      \
    struct name##_spec {                                                                                  \
        using declared_type = type;                                                                       \
        using options = ::quarry::type_list<QUARRY_PP_OPTIONS(__VA_ARGS__)>;                              \
        static constexpr ::std::string_view sql_name =                                                   \
            ::quarry::declared_sql_name(::quarry::detail::sql_name_of(options{}, #name));                  \
        static constexpr ::std::string_view cpp_name = #name;                                             \
        template <class T>                                                                                \
        struct quarry_field {                                                                             \
            T name;                                                                                       \
        };                                                                                                \
    };

#define QUARRY_DETAIL_COLUMN_MEMBER(entry) QUARRY_DETAIL_IF_COLUMN(QUARRY_DETAIL_COLUMN_MEMBER_, entry)
#define QUARRY_DETAIL_COLUMN_MEMBER_0(entry)
#define QUARRY_DETAIL_COLUMN_MEMBER_1(column) QUARRY_DETAIL_COLUMN_MEMBER_I column
#define QUARRY_DETAIL_COLUMN_MEMBER_I(name, ...) ::quarry::column<Table, name##_spec> name;

#define QUARRY_DETAIL_COLUMN_SPEC_NAME(entry) QUARRY_DETAIL_IF_COLUMN(QUARRY_DETAIL_COLUMN_SPEC_NAME_, entry)
#define QUARRY_DETAIL_COLUMN_SPEC_NAME_0(entry)
#define QUARRY_DETAIL_COLUMN_SPEC_NAME_1(column) QUARRY_DETAIL_COLUMN_SPEC_NAME_I column
#define QUARRY_DETAIL_COLUMN_SPEC_NAME_I(name, ...) , name##_spec

#define QUARRY_DETAIL_TABLE_OPTION(entry) QUARRY_DETAIL_IF_COLUMN(QUARRY_DETAIL_TABLE_OPTION_, entry)
#define QUARRY_DETAIL_TABLE_OPTION_0(entry) , QUARRY_TABLE_OPTION_##entry
#define QUARRY_DETAIL_TABLE_OPTION_1(column)

#define QUARRY_NAMED_TABLE(cpp_name, table_sql_name, ...)                                                  \
    struct cpp_name##_definition {                                                                        \
        /* Kept whole, as a fixed_string: a string_view of the literal would stop at a NUL. */           \
        static constexpr ::quarry::fixed_string quarry_sql_name{table_sql_name};                          \
        static constexpr ::std::string_view sql_name = ::quarry::declared_sql_name(quarry_sql_name.view()); \
        QUARRY_PP_FOR_EACH(QUARRY_DETAIL_COLUMN_SPEC, __VA_ARGS__)                                        \
        using column_specs =                                                                              \
            ::quarry::detail::drop_first_t<void QUARRY_PP_FOR_EACH(QUARRY_DETAIL_COLUMN_SPEC_NAME, __VA_ARGS__)>; \
        using table_options =                                                                             \
            ::quarry::detail::drop_first_t<void QUARRY_PP_FOR_EACH(QUARRY_DETAIL_TABLE_OPTION, __VA_ARGS__)>; \
        template <class Table>                                                                            \
        struct quarry_columns {                                                                           \
            QUARRY_PP_FOR_EACH(QUARRY_DETAIL_COLUMN_MEMBER, __VA_ARGS__)                                  \
        };                                                                                                \
    };                                                                                                    \
    inline constexpr ::quarry::table<cpp_name##_definition> cpp_name {}

#define QUARRY_TABLE(cpp_name, ...) QUARRY_NAMED_TABLE(cpp_name, #cpp_name, __VA_ARGS__)

namespace quarry::detail {
// The macros build `void, a, b, c`; this drops the leading void.
template <class First, class... Rest>
struct drop_first {
    using type = type_list<Rest...>;
};
template <class... T>
using drop_first_t = typename drop_first<T...>::type;
}  // namespace quarry::detail
