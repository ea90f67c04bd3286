#pragma once
// A whole statement written as SQL text, for what the DSL cannot say. The one door
// for program-written SQL, named so that every use stands out in review:
//   for (const auto& [id, name] : db(unsafe_sql<std::int64_t, std::string>(
//            "SELECT id, name FROM users WHERE age > ?", 18))) ...
//   db(unsafe_sql("SET TIME ZONE 'UTC'"));
// The types listed are the result columns, read in order (std::optional<T> for a
// column that can be NULL); each `?` is a value, always bound. The text must be a
// string literal; its rules for `?` are in render/verbatim_text.hpp.
//
// Session state: a statement without result columns may be anything (SET, CREATE
// TEMPORARY TABLE, a lock), so running it marks the connection's session as changed,
// like connection::execute_sql, and a pool resets the session on return. One with
// result columns is taken as a query, which leaves the session as it was; a query that
// changes session state (SELECT set_config(...)) belongs in the first form.
#include <cstddef>
#include <string_view>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/value.hpp"
#include "quarry/render/verbatim_text.hpp"
#include "quarry/result/row.hpp"

namespace quarry {

template <class Columns, class Indexes = std::make_index_sequence<Columns::size>>
struct unsafe_sql_result;
// No result columns: a command.
template <>
struct unsafe_sql_result<type_list<>, std::index_sequence<>> {
    static constexpr bool may_change_session = true;
};
template <class... Columns, std::size_t... I>
    requires(sizeof...(Columns) > 0)
struct unsafe_sql_result<type_list<Columns...>, std::index_sequence<I...>> {
    static constexpr bool may_change_session = false;
    using row_type = row<row_field<I, void, Columns>...>;
};

template <class Columns, class... Values>
struct unsafe_sql_statement : facts_of<Values...>, unsafe_sql_result<Columns> {
    static constexpr bool is_dynamic = true;

    std::string_view text;
    node_list<Values...> values;

    static constexpr bool check_complete() { return true; }

    template <class W>
    constexpr void render(W& w) const {
        values.apply([&](const auto&... value) { render_verbatim(w, text, value...); });
    }
};

template <class... Columns, class... Values>
constexpr auto unsafe_sql(std::type_identity_t<verbatim_text<sizeof...(Values)>> text, Values&&... values) {
    static_assert((bindable<remove_optional_t<Columns>> && ...),
                  "quarry: unsafe_sql<T...> lists its result columns' value types, such as std::int64_t or "
                  "std::optional<std::string>");
    static_assert((!expression<std::remove_cvref_t<Values>> && ...),
                  "quarry: unsafe_sql binds values; to write a column into SQL text, use unsafe_sql_expr "
                  "inside a select");
    return unsafe_sql_statement<type_list<Columns...>, operand_t<Values>...>{
        {}, {}, text.text(), node_list<operand_t<Values>...>(make_operand(std::forward<Values>(values))...)};
}

}  // namespace quarry
