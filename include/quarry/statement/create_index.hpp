#pragma once
// CREATE [UNIQUE] INDEX from a table's index(...) and unique_index(...) entries:
//   CREATE UNIQUE INDEX IF NOT EXISTS "ux_memberships_group_name_role" ON "memberships" ("group_name", "role")
// An index is named after its table and columns: ix_ (ux_ when unique), the table's
// name, then each column's, joined by underscores. create_all creates each index
// after its table; on MySQL, which has no CREATE INDEX IF NOT EXISTS, CREATE TABLE
// declares them itself (the dialect's indexes_in_create_table).
#include <cstddef>
#include <string>
#include <tuple>

#include "quarry/render/identifier_rules.hpp"
#include "quarry/schema/table.hpp"
#include "quarry/statement/column_definition.hpp"

namespace quarry {

template <class Table, class Index>
constexpr std::string index_name() {
    std::string name = Index::unique ? "ux_" : "ix_";
    append_text(name, Table::sql_name);
    [&]<class... Specs>(type_list<Specs...>) { ((name += '_', append_text(name, Specs::sql_name)), ...); }(
        typename Index::specs{});
    return name;
}

namespace ddl {
// `[UNIQUE ]INDEX [IF NOT EXISTS ]"name" ("a", ...)`, in CREATE INDEX (with ON between
// name and columns) and in MySQL's CREATE TABLE.
template <class W, class Table, class Index, bool IfNotExists>
constexpr void render_index_name(W& w) {
    w.write(Index::unique ? "UNIQUE INDEX " : "INDEX ");
    if constexpr (IfNotExists) w.write("IF NOT EXISTS ");
    w.identifier(index_name<Table, Index>());
}

template <class W, class Index>
constexpr void render_index_columns(W& w) {
    w.write(" (");
    render_spec_names(w, typename Index::specs{});
    w.write(")");
}
}  // namespace ddl

template <class Table, class Index, bool IfNotExists = false>
struct create_index_statement {
    using parameters = type_list<>;
    static constexpr bool is_dynamic = false;
    static constexpr bool binds_values = false;
    static constexpr bool found_by_text = true;
    static constexpr bool check_complete() { return true; }

    constexpr create_index_statement<Table, Index, true> if_not_exists() const { return {}; }

    template <class W>
    constexpr void render(W& w) const {
        w.write("CREATE ");
        ddl::render_index_name<W, Table, Index, IfNotExists>(w);
        w.write(" ON ");
        w.identifier(Table::sql_name);
        ddl::render_index_columns<W, Index>(w);
    }
};

// The statement for a table's N-th index entry, counting index(...) and
// unique_index(...) in declaration order: `db(create_index<0>(memberships))`.
template <std::size_t N, class Table>
    requires is_table_v<Table>
constexpr auto create_index(const Table&) {
    using indexes = table_indexes_t<typename Table::definition>;
    static_assert(N < indexes::size, "quarry: the table has fewer index(...) entries than that");
    if constexpr (N < indexes::size) {
        return []<class... I>(type_list<I...>) {
            return create_index_statement<Table, std::tuple_element_t<N, std::tuple<I...>>>{};
        }(indexes{});
    }
}

}  // namespace quarry
