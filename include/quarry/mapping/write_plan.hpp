#pragma once
// How a struct's fields meet a table's columns when the struct is written: which
// field feeds each column, which columns INSERT, UPDATE and DELETE by key use, and
// the rules each statement checks, one static_assert for the first rule broken.
//
// A field matches the column of its C++ name. INSERT writes every matched column but
// the auto-increment key, which the database generates; UPDATE by key sets every
// matched column outside the primary key and finds the row by the key; DELETE by key
// uses only the key.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

#include "quarry/mapping/field_rules.hpp"
#include "quarry/mapping/reflect.hpp"
#include "quarry/schema/table_options.hpp"

namespace quarry::mapping {

// The positions where Keep is true, in order.
template <const auto& Keep>
inline constexpr auto positions_where = [] {
    constexpr std::size_t count = static_cast<std::size_t>(std::count(Keep.begin(), Keep.end(), true));
    std::array<std::size_t, count> out{};
    std::size_t next = 0;
    for (std::size_t i = 0; i < Keep.size(); ++i)
        if (Keep[i]) out[next++] = i;
    return out;
}();

// rule(k, has_field) for each column k.
template <std::size_t N, class Rule>
constexpr std::array<bool, N> per_column(const std::array<std::size_t, N>& field_of_column, Rule rule) {
    std::array<bool, N> out{};
    for (std::size_t k = 0; k < N; ++k) out[k] = rule(k, field_of_column[k] != not_found);
    return out;
}

template <class Table, class Struct, class Specs = typename Table::definition::column_specs>
struct write_plan;
template <class Table, class Struct, class... Specs>
struct write_plan<Table, Struct, type_list<Specs...>> {
    using fields = struct_fields<Struct>;
    using key = primary_key_specs_t<typename Table::definition>;

    template <std::size_t K>
    using spec = std::tuple_element_t<K, std::tuple<Specs...>>;

    static constexpr std::array<std::string_view, sizeof...(Specs)> column_names{field_name_of<Specs>()...};
    static constexpr std::array<std::size_t, sizeof...(Specs)> field_of_column{
        position_of(fields::names, field_name_of<Specs>())...};
    static constexpr auto column_of_field = [] {
        std::array<std::size_t, fields::size> out{};
        for (std::size_t j = 0; j < out.size(); ++j) out[j] = position_of(column_names, fields::names[j]);
        return out;
    }();

    static constexpr std::array<bool, fields::size> field_found = [] {
        std::array<bool, fields::size> out{};
        for (std::size_t j = 0; j < out.size(); ++j) out[j] = column_of_field[j] != not_found;
        return out;
    }();

    static constexpr std::array<bool, sizeof...(Specs)> in_key{contains_v<key, Specs>...};
    static constexpr std::array<bool, sizeof...(Specs)> generated{column_facts<Specs>::is_auto_increment...};
    static constexpr std::array<bool, sizeof...(Specs)> required{column_facts<Specs>::required_on_insert...};

    static constexpr auto inserted =
        per_column(field_of_column, [](std::size_t k, bool field) { return field && !generated[k]; });
    static constexpr auto set_by_update =
        per_column(field_of_column, [](std::size_t k, bool field) { return field && !in_key[k]; });
    // Whether a column that must have a field has one: for INSERT, a column it cannot
    // leave out; for UPDATE and DELETE by key, a key column.
    static constexpr auto insert_needs_met =
        per_column(field_of_column, [](std::size_t k, bool field) { return field || !required[k]; });
    static constexpr auto key_needs_met =
        per_column(field_of_column, [](std::size_t k, bool field) { return field || !in_key[k]; });

    // Column positions, in table order: what INSERT writes, what UPDATE sets.
    static constexpr auto insert_columns = positions_where<inserted>;
    static constexpr auto update_columns = positions_where<set_by_update>;
    // The key's column positions, in key order.
    static constexpr std::array<std::size_t, key::size> key_columns = []<class... K>(type_list<K...>) {
        return std::array<std::size_t, key::size>{position_of(column_names, field_name_of<K>())...};
    }(key{});
    // The auto-increment column, if a field receives the key INSERT generates for it.
    static constexpr std::size_t generated_key_column = [] {
        for (std::size_t k = 0; k < generated.size(); ++k)
            if (generated[k] && field_of_column[k] != not_found) return k;
        return not_found;
    }();

    // The field column K is written from.
    template <std::size_t K>
    static constexpr const auto& field(const Struct& row) {
        return fields::template get<field_of_column[K]>(row);
    }
};

// Whether the fields of the columns at Positions can be written into them.
template <class Plan, const auto& Positions, class Indices = std::make_index_sequence<Positions.size()>>
struct write_fit;
template <class Plan, const auto& Positions, std::size_t... N>
struct write_fit<Plan, Positions, std::index_sequence<N...>> {
    template <std::size_t K>
    using field_type = typename Plan::fields::template type<Plan::field_of_column[K]>;
    template <std::size_t K>
    using declared_type = typename Plan::template spec<K>::declared_type;

    static constexpr std::array<bool, sizeof...(N)> nulls{
        writes_null_into_v<field_type<Positions[N]>, declared_type<Positions[N]>>...};
    static constexpr std::array<bool, sizeof...(N)> types{
        writes_into_v<field_type<Positions[N]>, declared_type<Positions[N]>>...};
};

template <class Struct, fixed_string Field>
inline constexpr bool column_may_hold_null = false;
template <class Struct, class Table>
inline constexpr bool table_has_a_primary_key = false;
template <class Struct>
inline constexpr bool struct_has_a_field_to_write = false;

// The fields of the columns at Positions fit them: one static_assert for the first that does not.
template <class Plan, const auto& Positions>
constexpr bool check_write_fit() {
    using fit = write_fit<Plan, Positions>;
    using fields = typename Plan::fields;
    constexpr std::size_t null_misfit = first_failure(fit::nulls);
    constexpr std::size_t type_misfit = first_failure(fit::types);
    if constexpr (null_misfit != not_found) {
        static_assert(column_may_hold_null<typename fields::struct_type,
                                           name_at<fields::names, Plan::field_of_column[Positions[null_misfit]]>>,
                      "quarry: a std::optional field writes a NOT NULL column; make the field plain, or the column "
                      "nullable");
        return false;
    } else if constexpr (type_misfit != not_found) {
        static_assert(field_type_fits_column<typename fields::struct_type,
                                             name_at<fields::names, Plan::field_of_column[Positions[type_misfit]]>>,
                      "quarry: a field's type does not fit its column; give it the column's type");
        return false;
    } else {
        return true;
    }
}

// The field that receives a generated key can hold it.
template <class Plan>
constexpr bool check_generated_key_fit() {
    if constexpr (Plan::generated_key_column == not_found) {
        return true;
    } else {
        constexpr std::size_t k = Plan::generated_key_column;
        using field_type = typename Plan::fields::template type<Plan::field_of_column[k]>;
        using declared_type = typename Plan::template spec<k>::declared_type;
        constexpr bool fits = reads_into_v<declared_type, field_type>;
        static_assert(fits || field_type_fits_column<typename Plan::fields::struct_type,
                                                     name_at<Plan::fields::names, Plan::field_of_column[k]>>,
                      "quarry: a field's type cannot hold the key INSERT generates for its column; give it the "
                      "column's type");
        return fits;
    }
}

enum class write_kind { insert, update_by_key, delete_by_key };

// One static_assert for the first rule the struct breaks for this statement, and
// whether it keeps them all.
template <write_kind Kind, class Table, class Struct>
constexpr bool check_writing() {
    static_assert(reflectable<Struct>,
                  "quarry: writing a struct needs one made reflectable with BOOST_HANA_DEFINE_STRUCT or "
                  "BOOST_HANA_ADAPT_STRUCT");
    if constexpr (reflectable<Struct>) {
        using plan = write_plan<Table, Struct>;
        constexpr std::size_t stray_field = first_failure(plan::field_found);
        constexpr std::size_t missing_required = first_failure(plan::insert_needs_met);
        constexpr std::size_t missing_key = first_failure(plan::key_needs_met);
        if constexpr (stray_field != not_found) {
            static_assert(field_matches_a_column<Struct, name_at<plan::fields::names, stray_field>>,
                          "quarry: a field of the struct matches no column of the table; rename it, or leave it out "
                          "of the struct");
        } else if constexpr (Kind == write_kind::insert && missing_required != not_found) {
            static_assert(column_has_a_field<Struct, name_at<plan::column_names, missing_required>>,
                          "quarry: the struct has no field for a NOT NULL column without a default, so INSERT "
                          "cannot fill it; add the field");
        } else if constexpr (Kind == write_kind::insert && plan::insert_columns.size() == 0) {
            static_assert(struct_has_a_field_to_write<Struct>,
                          "quarry: the struct has no field INSERT writes (an auto-increment key is generated)");
        } else if constexpr (Kind == write_kind::insert) {
            if constexpr (check_write_fit<plan, plan::insert_columns>()) return check_generated_key_fit<plan>();
        } else if constexpr (plan::key::size == 0) {
            static_assert(table_has_a_primary_key<Struct, Table>,
                          "quarry: update_by_key and delete_by_key find the row by the table's primary key, and "
                          "this table has none");
        } else if constexpr (missing_key != not_found) {
            static_assert(column_has_a_field<Struct, name_at<plan::column_names, missing_key>>,
                          "quarry: the struct has no field for a primary key column, so the row cannot be found; "
                          "add the field");
        } else if constexpr (Kind == write_kind::update_by_key && plan::update_columns.size() == 0) {
            static_assert(struct_has_a_field_to_write<Struct>,
                          "quarry: the struct has no field outside the primary key, so UPDATE has nothing to set");
        } else if constexpr (Kind == write_kind::update_by_key) {
            if constexpr (check_write_fit<plan, plan::update_columns>())
                return check_write_fit<plan, plan::key_columns>();
        } else {
            return check_write_fit<plan, plan::key_columns>();
        }
    }
    return false;
}

}  // namespace quarry::mapping
