#pragma once
// A column of a table (or of an alias of it, or of a derived table). Columns are
// empty objects: everything about them is in their type.
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/expr/assignment.hpp"
#include "quarry/expr/interface_methods.hpp"
#include "quarry/schema/column_options.hpp"

namespace quarry {

template <class Table, class Spec>
struct column : expression_interface<column<Table, Spec>> {
    using table_type = Table;
    using spec = Spec;
    using field_spec = Spec;
    using value_type = remove_optional_t<typename Spec::declared_type>;
    static constexpr bool nullable = is_optional_v<typename Spec::declared_type>;
    static constexpr int precedence = precedence::atom;
    static_assert(column_value<value_type>,
                  "quarry: a column's type must be std::int32_t, std::int64_t, double, bool, std::string, "
                  "quarry::blob, quarry::date or quarry::timestamp, optionally in std::optional");

    using tables = type_list<Table>;
    using bare_columns = type_list<column>;
    using parameters = type_list<>;
    static constexpr bool contains_aggregate = false;
    static constexpr bool is_dynamic = false;
    static constexpr bool binds_nothing = true;

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(Table::reference_name);
        w.write(".");
        w.identifier(Spec::sql_name);
    }

    template <class V>
    constexpr auto operator=(V&& v) const {
        return make_assignment<column>(std::forward<V>(v));
    }
};

// What a column declaration says, for statements and DDL to check.
template <class Spec>
struct column_facts {
    using options = typename Spec::options;
    static constexpr bool nullable = is_optional_v<typename Spec::declared_type>;
    static constexpr bool is_primary_key = contains_v<options, primary_key>;
    static constexpr bool is_auto_increment = contains_v<options, auto_increment>;
    static constexpr bool is_unique = contains_v<options, unique>;
    static constexpr bool has_default = detail::has_default_option<options>;
    // An INSERT must give a value for this column.
    static constexpr bool required_on_insert = !nullable && !has_default && !is_auto_increment;
};

}  // namespace quarry
