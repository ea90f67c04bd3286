#pragma once
// A table's shape on MariaDB, from information_schema, which the connection makes its
// default database while reading (USE), so that the catalog's tables need no schema name.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include <quarry/mysql/connection.hpp>
#include <quarry/quarry.hpp>

#include "integration/catalog/shape.hpp"

QUARRY_NAMED_TABLE(maria_columns, "columns",
    (table_schema,     std::string),
    (table_name,       std::string),
    (column_name,      std::string),
    (ordinal_position, std::uint64_t),
    (column_default,   std::optional<std::string>),
    (is_nullable,      std::string),
    (column_type,      std::string),
    (extra,            std::string));

QUARRY_NAMED_TABLE(maria_key_column_usage, "key_column_usage",
    (constraint_schema,      std::string),
    (constraint_name,        std::string),
    (table_name,             std::string),
    (column_name,            std::string),
    (ordinal_position,       std::int64_t),
    (referenced_table_name,  std::optional<std::string>),
    (referenced_column_name, std::optional<std::string>));

QUARRY_NAMED_TABLE(maria_referential_constraints, "referential_constraints",
    (constraint_schema, std::string),
    (constraint_name,   std::string),
    (update_rule,       std::string),
    (delete_rule,       std::string));

QUARRY_NAMED_TABLE(maria_statistics, "statistics",
    (table_schema, std::string),
    (table_name,   std::string),
    (index_name,   std::string),
    (non_unique,   std::int64_t),
    (seq_in_index, std::int64_t),
    (column_name,  std::string));

namespace mariadb_catalog {

struct column_row {
    std::string column_name;
    std::string column_type;
    std::string is_nullable;
    std::optional<std::string> column_default;
    std::string extra;
};

struct foreign_key_row {
    std::string column_name;
    std::optional<std::string> parent_table;
    std::optional<std::string> parent_column;
    std::string delete_rule;
    std::string update_rule;
};

}  // namespace mariadb_catalog

BOOST_HANA_ADAPT_STRUCT(mariadb_catalog::column_row, column_name, column_type, is_nullable, column_default, extra);
BOOST_HANA_ADAPT_STRUCT(mariadb_catalog::foreign_key_row, column_name, parent_table, parent_column, delete_rule,
                        update_rule);

namespace mariadb_catalog {

// Makes information_schema the default database for its lifetime.
class catalog_in_use {
public:
    catalog_in_use(quarry::mariadb::connection& db, std::string database) : db_(db), database_(std::move(database)) {
        db_.driver().execute("USE information_schema");
    }
    ~catalog_in_use() { db_.driver().execute("USE " + database_); }
    catalog_in_use(const catalog_in_use&) = delete;
    catalog_in_use& operator=(const catalog_in_use&) = delete;

private:
    quarry::mariadb::connection& db_;
    std::string database_;
};

inline table_shape read_shape(quarry::mariadb::connection& db, const std::string& database, const std::string& table) {
    using namespace quarry;
    const catalog_in_use in_catalog(db, database);
    table_shape shape;
    const auto& c = maria_columns;
    for (const auto& column : db(select(c.column_name, c.column_type, c.is_nullable, c.column_default, c.extra)
                                     .from(c)
                                     .where(c.table_schema == database && c.table_name == table)
                                     .order_by(c.ordinal_position.asc()))
                                  .as<column_row>()) {
        // MariaDB reports "no default" as NULL, and DEFAULT NULL as the text NULL; both mean none.
        auto default_value = column.column_default == "NULL" ? std::nullopt : column.column_default;
        shape.columns.push_back({column.column_name, column.column_type, column.is_nullable == "NO", default_value,
                                 column.extra == "auto_increment"});
    }

    const auto& k = maria_key_column_usage;
    for (const auto& key : db(select(k.column_name)
                                  .from(k)
                                  .where(k.constraint_schema == database && k.table_name == table &&
                                         k.constraint_name == "PRIMARY")
                                  .order_by(k.ordinal_position.asc())))
        shape.primary_key.push_back(key.column_name);

    const auto& r = maria_referential_constraints;
    for (const auto& f : db(select(k.column_name, k.referenced_table_name.as(parent_table),
                                   k.referenced_column_name.as(parent_column), r.delete_rule, r.update_rule)
                                .from(k)
                                .join(r).on(r.constraint_schema == k.constraint_schema &&
                                            r.constraint_name == k.constraint_name)
                                .where(k.constraint_schema == database && k.table_name == table)
                                .order_by(k.column_name.asc()))
                             .as<foreign_key_row>()) {
        shape.foreign_keys.push_back(
            {f.column_name, f.parent_table.value_or(""), f.parent_column.value_or(""), f.delete_rule, f.update_rule});
    }

    const auto& s = maria_statistics;
    for (const auto& column : db(select(s.index_name, s.non_unique, s.column_name)
                                     .from(s)
                                     .where(s.table_schema == database && s.table_name == table &&
                                            (s.index_name.like("ix\\_%") || s.index_name.like("ux\\_%")))
                                     .order_by(s.index_name.asc(), s.seq_in_index.asc()))) {
        if (shape.indexes.empty() || shape.indexes.back().name != column.index_name)
            shape.indexes.push_back({column.index_name, column.non_unique == 0, {}});
        shape.indexes.back().columns.push_back(column.column_name);
    }
    return shape;
}

}  // namespace mariadb_catalog
