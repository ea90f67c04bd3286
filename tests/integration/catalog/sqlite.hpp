#pragma once
// A table's shape on SQLite, from the pragma table-valued functions, each queried
// through its hidden `arg` column: pragma_table_info('t') is pragma_table_info WHERE arg = 't'.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "integration/catalog/shape.hpp"

QUARRY_TABLE(pragma_table_info,
    (name,       std::string),
    (type,       std::string),
    (notnull,    std::int64_t),
    (dflt_value, std::optional<std::string>),
    (pk,         std::int64_t),
    (arg,        std::string));

QUARRY_TABLE(pragma_foreign_key_list,
    (id,        std::int64_t),
    (seq,       std::int64_t),
    (parent,    std::string,                sql_name("table")),
    (child,     std::string,                sql_name("from")),
    (to_column, std::optional<std::string>, sql_name("to")),
    (on_update, std::string),
    (on_delete, std::string),
    (arg,       std::string));

QUARRY_TABLE(pragma_index_list,
    (name,   std::string),
    (unique, std::int64_t),
    (origin, std::string),
    (arg,    std::string));

QUARRY_TABLE(pragma_index_info,
    (seqno, std::int64_t),
    (name,  std::optional<std::string>),
    (arg,   std::string));

QUARRY_TABLE(sqlite_master,
    (name, std::string),
    (sql,  std::optional<std::string>));

namespace sqlite_catalog {

struct column_row {
    std::string name;
    std::string type;
    std::int64_t notnull;
    std::optional<std::string> dflt_value;
    std::int64_t pk;
};

struct foreign_key_row {
    std::string parent;
    std::string child;
    std::optional<std::string> to_column;
    std::string on_update;
    std::string on_delete;
};

}  // namespace sqlite_catalog

BOOST_HANA_ADAPT_STRUCT(sqlite_catalog::column_row, name, type, notnull, dflt_value, pk);
BOOST_HANA_ADAPT_STRUCT(sqlite_catalog::foreign_key_row, parent, child, to_column, on_update, on_delete);

namespace sqlite_catalog {

inline std::string lower(std::string text) {
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

inline table_shape read_shape(quarry::sqlite::connection& db, const std::string& table) {
    using namespace quarry;
    table_shape shape;
    const auto created = db(select(sqlite_master.sql).from(sqlite_master).where(sqlite_master.name == table)).first();
    const std::string sql = created ? created->sql.value_or("") : "";
    // Only an INTEGER PRIMARY KEY can be AUTOINCREMENT, so the word marks the key column.
    const bool autoincrement = sql.find("AUTOINCREMENT") != std::string::npos;
    auto columns = db(select(pragma_table_info.name, pragma_table_info.type, pragma_table_info.notnull,
                             pragma_table_info.dflt_value, pragma_table_info.pk)
                          .from(pragma_table_info)
                          .where(pragma_table_info.arg == table))
                       .as<column_row>()
                       .to_vector();
    std::vector<std::pair<std::int64_t, std::string>> key;
    for (const auto& c : columns) {
        shape.columns.push_back({c.name, lower(c.type), c.notnull != 0, c.dflt_value, autoincrement && c.pk != 0});
        if (c.pk != 0) key.emplace_back(c.pk, c.name);
    }
    std::ranges::sort(key);
    for (const auto& [position, name] : key) shape.primary_key.push_back(name);

    for (const auto& f : db(select(pragma_foreign_key_list.parent, pragma_foreign_key_list.child,
                                   pragma_foreign_key_list.to_column, pragma_foreign_key_list.on_update,
                                   pragma_foreign_key_list.on_delete)
                                .from(pragma_foreign_key_list)
                                .where(pragma_foreign_key_list.arg == table))
                             .as<foreign_key_row>()) {
        shape.foreign_keys.push_back({f.child, f.parent, f.to_column.value_or(""), f.on_delete, f.on_update});
    }
    std::ranges::sort(shape.foreign_keys, {}, &foreign_key_shape::column);

    // origin 'c': made by CREATE INDEX, not for a UNIQUE or PRIMARY KEY constraint.
    for (const auto& index : db(select(pragma_index_list.name, pragma_index_list.unique)
                                    .from(pragma_index_list)
                                    .where(pragma_index_list.arg == table && pragma_index_list.origin == "c"))) {
        index_shape i{index.name, index.unique != 0, {}};
        for (const auto& column : db(select(pragma_index_info.name)
                                         .from(pragma_index_info)
                                         .where(pragma_index_info.arg == index.name)
                                         .order_by(pragma_index_info.seqno.asc())))
            i.columns.push_back(column.name.value_or(""));
        shape.indexes.push_back(i);
    }
    std::ranges::sort(shape.indexes, {}, &index_shape::name);
    return shape;
}

}  // namespace sqlite_catalog
