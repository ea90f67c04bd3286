#pragma once
// "a", "b", "c": bare column names, as INSERT column lists and RETURNING take them.
#include "quarry/expr/expression.hpp"

namespace quarry {

template <class... Columns, class W>
constexpr void render_column_names(W& w) {
    if constexpr (!only_binds_v<W>) {  // names hold no value to bind
        bool first = true;
        ((first ? void(first = false) : w.write(", "), w.identifier(Columns::spec::sql_name)), ...);
    }
}

}  // namespace quarry
