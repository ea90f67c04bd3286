#pragma once
// INSERT, UPDATE or DELETE ... RETURNING columns: the statement yields typed rows,
// for example the keys the database generated.
//   auto id = db(insert_into(users).set(users.name = "Ann").returning(users.id)).one().id;
// A dialect without RETURNING for that statement fails to compile.
#include <type_traits>

#include "quarry/statement/column_names.hpp"
#include "quarry/statement/select_list.hpp"

namespace quarry {

enum class statement_kind { insert, update, delete_ };

// RETURNING after a statement of this kind, as a feature a dialect may lack.
template <statement_kind Kind>
struct returning_feature {
    static constexpr statement_kind kind = Kind;
};

template <class Feature>
inline constexpr bool is_returning_feature_v = false;
template <statement_kind Kind>
inline constexpr bool is_returning_feature_v<returning_feature<Kind>> = true;

template <class Statement, class... Columns>
struct returning_statement {
    Statement statement;

    using parameters = typename Statement::parameters;
    static constexpr bool is_dynamic = Statement::is_dynamic;
    using row_type = typename row_of<select_list<Columns...>, type_list<>>::type;

    static constexpr bool check_complete() { return Statement::check_complete(); }

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::template require<returning_feature<Statement::kind>>();
        statement.render(w);
        w.write(" RETURNING ");
        render_column_names<Columns...>(w);
    }
};

template <class Table, class Statement, class... Columns>
constexpr auto make_returning(const Statement& statement, const Columns&...) {
    static_assert(sizeof...(Columns) > 0, "quarry: RETURNING needs at least one column");
    static_assert((std::is_same_v<typename Columns::table_type, Table> && ...),
                  "quarry: RETURNING takes columns of the statement's table");
    return returning_statement<Statement, Columns...>{statement};
}

}  // namespace quarry
