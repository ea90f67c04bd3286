#pragma once
// INSERT from structs, with the generated key written back into each:
//   User ann{.name = "Ann", .age = 31};
//   insert(db, users, ann);          // ann.id is the id the database gave the row
//   insert(db, users, new_users);    // a std::vector (or other contiguous range): one multi-row INSERT
// Where the dialect has INSERT ... RETURNING (SQLite, PostgreSQL, MariaDB) the keys
// come back with it; MySQL reports the first row's key as last_insert_id, and the
// rows of one INSERT get consecutive keys from it (InnoDB's default, with
// auto_increment_increment 1). A struct without a field for the auto-increment key
// is inserted as it is. `db` is anything that runs a statement when called with it
// and names its dialect, such as a quarry::connection.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ranges>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "quarry/engine/error.hpp"
#include "quarry/mapping/struct_values.hpp"
#include "quarry/statement/returning.hpp"

namespace quarry {

namespace mapping {
template <class Db>
inline constexpr bool returns_inserted_keys =
    std::remove_cvref_t<Db>::dialect::template supports<returning_feature<statement_kind::insert>>;

template <class Plan, class Struct>
auto& generated_key_field(Struct& row) {
    return Plan::fields::template get<Plan::field_of_column[Plan::generated_key_column]>(row);
}

template <class Table, class Plan>
using generated_key_column_t = column<Table, typename Plan::template spec<Plan::generated_key_column>>;
}  // namespace mapping

template <class Db, class Table, mapping::reflectable Struct>
    requires is_table_v<Table>
void insert(Db& db, const Table& table, Struct& row) {
    if constexpr (mapping::check_writing<mapping::write_kind::insert, Table, Struct>()) {
        using plan = mapping::write_plan<Table, Struct>;
        using statement_t = insert_statement<Table, mapping::struct_insert_row<Table, Struct>>;
        if constexpr (plan::generated_key_column == mapping::not_found) {
            db(insert_into(table).values(row));
        } else if constexpr (mapping::returns_inserted_keys<Db>) {
            // Built in place rather than with .returning(...), which would copy the row again.
            using returning_t = returning_statement<statement_t, mapping::generated_key_column_t<Table, plan>>;
            auto returned = db(returning_t{insert_into(table).values(row)}).one();
            mapping::generated_key_field<plan>(row) = get<0>(std::move(returned));
        } else {
            mapping::generated_key_field<plan>(row) = db(insert_into(table).values(row)).last_insert_id;
        }
    }
}

template <class Db, class Table, std::ranges::contiguous_range Rows>
    requires is_table_v<Table> && mapping::reflectable<std::ranges::range_value_t<Rows>>
void insert(Db& db, const Table&, Rows& rows) {
    using row_t = std::ranges::range_value_t<Rows>;
    using element_t = std::remove_reference_t<std::ranges::range_reference_t<Rows>>;
    if constexpr (mapping::check_writing<mapping::write_kind::insert, Table, row_t>()) {
        using plan = mapping::write_plan<Table, row_t>;
        using source_t = mapping::struct_insert_rows<Table, row_t, std::span<const row_t>>;
        constexpr bool write_back = plan::generated_key_column != mapping::not_found;
        constexpr bool writable = !std::is_const_v<element_t>;
        static_assert(writable || !write_back,
                      "quarry: insert writes the generated keys back into the rows, so it takes them non-const; "
                      "db(insert_into(table).values(rows)) inserts without reading keys");
        const std::span<element_t> span(rows);
        if (span.empty()) return;
        const insert_statement<Table, source_t> statement{{}, source_t{{}, span}};
        if constexpr (!write_back) {
            db(statement);
        } else if constexpr (writable && mapping::returns_inserted_keys<Db>) {
            // RETURNING lists rows in no promised order, but a statement's generated keys
            // ascend in the order its rows are inserted, which is the VALUES order: sorted,
            // they line up with the structs.
            using key_t = typename plan::template spec<plan::generated_key_column>::declared_type;
            std::vector<key_t> keys;
            keys.reserve(span.size());
            for (const auto& returned : db(statement.returning(mapping::generated_key_column_t<Table, plan>{})))
                keys.push_back(get<0>(returned));
            if (keys.size() != span.size())
                throw error("quarry: INSERT ... RETURNING gave " + std::to_string(keys.size()) + " keys for " +
                            std::to_string(span.size()) + " rows");
            std::ranges::sort(keys);
            for (std::size_t i = 0; i < span.size(); ++i) mapping::generated_key_field<plan>(span[i]) = keys[i];
        } else if constexpr (writable) {
            const auto first = db(statement).last_insert_id;
            for (std::size_t i = 0; i < span.size(); ++i)
                mapping::generated_key_field<plan>(span[i]) = first + static_cast<std::int64_t>(i);
        }
    }
}

}  // namespace quarry
