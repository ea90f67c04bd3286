#pragma once
// QUARRY_TABLE declares a table in one statement:
//
//   QUARRY_TABLE(users,
//       (id,   std::int64_t,          primary_key, auto_increment),
//       (name, std::string,           unique),
//       (age,  std::optional<std::int32_t>));
//
//   QUARRY_TABLE(posts,
//       (id,      std::int64_t, primary_key, auto_increment),
//       (title,   std::string,  sql_name("title text")),
//       (user_id, std::int64_t, references(users, id), on_delete(cascade)));
//
// It defines `users`, a constexpr table object whose members are its columns. A
// column is (name, type, options...); std::optional makes it nullable. The options
// are primary_key, auto_increment, unique, default(constant), default_sql("SQL"),
// precision(digits, scale) for a quarry::decimal column, with_time_zone for a
// quarry::timestamp column that is TIMESTAMPTZ on PostgreSQL,
// references(table, column), on_delete(action), on_update(action) and
// sql_name("name"), with actions no_action, restrict, cascade, set_null and
// set_default. QUARRY_NAMED_TABLE(cpp_name, "sql name", columns...) names the table.
#include <string_view>

#include "quarry/schema/table.hpp"

// Applies a macro to each argument. Each QUARRY_PP_EVAL level rescans four times,
// so 4^4 = 256 rescans allow tables of up to 256 columns.
#define QUARRY_PP_PARENS ()
#define QUARRY_PP_EVAL(...) QUARRY_PP_EVAL4(QUARRY_PP_EVAL4(QUARRY_PP_EVAL4(QUARRY_PP_EVAL4(__VA_ARGS__))))
#define QUARRY_PP_EVAL4(...) QUARRY_PP_EVAL3(QUARRY_PP_EVAL3(QUARRY_PP_EVAL3(QUARRY_PP_EVAL3(__VA_ARGS__))))
#define QUARRY_PP_EVAL3(...) QUARRY_PP_EVAL2(QUARRY_PP_EVAL2(QUARRY_PP_EVAL2(QUARRY_PP_EVAL2(__VA_ARGS__))))
#define QUARRY_PP_EVAL2(...) QUARRY_PP_EVAL1(QUARRY_PP_EVAL1(QUARRY_PP_EVAL1(QUARRY_PP_EVAL1(__VA_ARGS__))))
#define QUARRY_PP_EVAL1(...) __VA_ARGS__
#define QUARRY_PP_FOR_EACH(macro, ...) __VA_OPT__(QUARRY_PP_EVAL(QUARRY_PP_FOR_EACH_STEP(macro, __VA_ARGS__)))
#define QUARRY_PP_FOR_EACH_STEP(macro, first, ...) \
    macro(first) __VA_OPT__(QUARRY_PP_FOR_EACH_AGAIN QUARRY_PP_PARENS(macro, __VA_ARGS__))
#define QUARRY_PP_FOR_EACH_AGAIN() QUARRY_PP_FOR_EACH_STEP

// Column options, at most eight per column: each token `x` becomes QUARRY_OPTION_x.
#define QUARRY_PP_OPTIONS(...) __VA_OPT__(QUARRY_PP_OPTIONS_N(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1)(__VA_ARGS__))
#define QUARRY_PP_OPTIONS_N(a1, a2, a3, a4, a5, a6, a7, a8, n, ...) QUARRY_PP_OPTIONS_##n
#define QUARRY_PP_OPTIONS_1(a) QUARRY_OPTION_##a
#define QUARRY_PP_OPTIONS_2(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_1(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_3(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_2(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_4(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_3(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_5(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_4(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_6(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_5(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_7(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_6(__VA_ARGS__)
#define QUARRY_PP_OPTIONS_8(a, ...) QUARRY_OPTION_##a, QUARRY_PP_OPTIONS_7(__VA_ARGS__)

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

#define QUARRY_DETAIL_COLUMN_SPEC(column) QUARRY_DETAIL_COLUMN_SPEC_I column
#define QUARRY_DETAIL_COLUMN_SPEC_I(name, type, ...)                                                      \
    struct name##_spec {                                                                                  \
        using declared_type = type;                                                                       \
        using options = ::quarry::type_list<QUARRY_PP_OPTIONS(__VA_ARGS__)>;                              \
        static constexpr ::std::string_view sql_name = ::quarry::detail::sql_name_of(options{}, #name);   \
        template <class T>                                                                                \
        struct quarry_field {                                                                             \
            T name;                                                                                       \
        };                                                                                                \
    };

#define QUARRY_DETAIL_COLUMN_MEMBER(column) QUARRY_DETAIL_COLUMN_MEMBER_I column
#define QUARRY_DETAIL_COLUMN_MEMBER_I(name, ...) ::quarry::column<Table, name##_spec> name;

#define QUARRY_DETAIL_COLUMN_SPEC_NAME(column) QUARRY_DETAIL_COLUMN_SPEC_NAME_I column
#define QUARRY_DETAIL_COLUMN_SPEC_NAME_I(name, ...) , name##_spec

#define QUARRY_NAMED_TABLE(cpp_name, table_sql_name, ...)                                                  \
    struct cpp_name##_definition {                                                                        \
        static constexpr ::std::string_view sql_name = table_sql_name;                                    \
        QUARRY_PP_FOR_EACH(QUARRY_DETAIL_COLUMN_SPEC, __VA_ARGS__)                                        \
        using column_specs =                                                                              \
            ::quarry::detail::drop_first_t<void QUARRY_PP_FOR_EACH(QUARRY_DETAIL_COLUMN_SPEC_NAME, __VA_ARGS__)>; \
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
