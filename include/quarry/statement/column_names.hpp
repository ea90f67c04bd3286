#pragma once
// "a", "b", "c": bare column names, as INSERT column lists and RETURNING take them.
namespace quarry {

template <class... Columns, class W>
constexpr void render_column_names(W& w) {
    bool first = true;
    ((first ? void(first = false) : w.write(", "), w.identifier(Columns::spec::sql_name)), ...);
}

}  // namespace quarry
