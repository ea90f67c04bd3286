#pragma once
// A table's shape on PostgreSQL, from information_schema (put on the search path while
// reading, so that its views need no schema name) and, for indexes, which
// information_schema leaves out, from pg_indexes.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>

#include "integration/catalog/shape.hpp"

QUARRY_NAMED_TABLE(pg_columns, "columns",
    (table_schema,     std::string),
    (table_name,       std::string),
    (column_name,      std::string),
    (ordinal_position, std::int32_t),
    (column_default,   std::optional<std::string>),
    (is_nullable,      std::string),
    (data_type,        std::string),
    (is_identity,      std::string));

QUARRY_NAMED_TABLE(pg_table_constraints, "table_constraints",
    (constraint_schema, std::string),
    (constraint_name,   std::string),
    (table_name,        std::string),
    (constraint_type,   std::string));

QUARRY_NAMED_TABLE(pg_key_column_usage, "key_column_usage",
    (constraint_schema,             std::string),
    (constraint_name,               std::string),
    (table_name,                    std::string),
    (column_name,                   std::string),
    (ordinal_position,              std::int32_t),
    (position_in_unique_constraint, std::optional<std::int32_t>));

QUARRY_NAMED_TABLE(pg_referential_constraints, "referential_constraints",
    (constraint_schema,      std::string),
    (constraint_name,        std::string),
    (unique_constraint_name, std::string),
    (update_rule,            std::string),
    (delete_rule,            std::string));

QUARRY_TABLE(pg_indexes,
    (schemaname, std::string),
    (tablename,  std::string),
    (indexname,  std::string),
    (indexdef,   std::string));

namespace postgresql_catalog {

// Puts information_schema on the search path, after the test's schema, for its lifetime.
class catalog_on_path {
public:
    catalog_on_path(quarry::postgresql::connection& db, std::string schema) : db_(db), schema_(std::move(schema)) {
        db_.driver().execute("SET search_path TO " + schema_ + ", information_schema");
    }
    ~catalog_on_path() { db_.driver().execute("SET search_path TO " + schema_); }
    catalog_on_path(const catalog_on_path&) = delete;
    catalog_on_path& operator=(const catalog_on_path&) = delete;

private:
    quarry::postgresql::connection& db_;
    std::string schema_;
};

// "CREATE UNIQUE INDEX ux_t_a_b ON s.t USING btree (a, b)" -> {"a", "b"}
inline std::vector<std::string> index_columns(std::string_view definition) {
    std::vector<std::string> columns;
    auto list = definition.substr(definition.rfind('(') + 1);
    list = list.substr(0, list.find(')'));
    while (!list.empty()) {
        const auto comma = list.find(", ");
        columns.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 2);
    }
    return columns;
}

inline table_shape read_shape(quarry::postgresql::connection& db, const std::string& schema, const std::string& table) {
    using namespace quarry;
    const catalog_on_path on_path(db, schema);
    table_shape shape;
    const auto& c = pg_columns;
    for (const auto& column : db(select(c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity)
                                     .from(c)
                                     .where(c.table_schema == schema && c.table_name == table)
                                     .order_by(c.ordinal_position.asc()))) {
        shape.columns.push_back({column.column_name, column.data_type, column.is_nullable == "NO",
                                 column.column_default, column.is_identity == "YES"});
    }

    const auto& t = pg_table_constraints;
    const auto& k = pg_key_column_usage;
    for (const auto& key : db(select(k.column_name)
                                  .from(k)
                                  .join(t).on(t.constraint_schema == k.constraint_schema &&
                                              t.constraint_name == k.constraint_name)
                                  .where(k.constraint_schema == schema && k.table_name == table &&
                                         t.constraint_type == "PRIMARY KEY")
                                  .order_by(k.ordinal_position.asc())))
        shape.primary_key.push_back(key.column_name);

    // The referenced column is the one at the same position in the referenced key.
    const auto& r = pg_referential_constraints;
    auto parent = pg_key_column_usage.as<"parent">();
    for (const auto& f : db(select(k.column_name, parent.table_name, parent.column_name.as(parent_column),
                                   r.delete_rule, r.update_rule)
                                .from(k)
                                .join(r).on(r.constraint_schema == k.constraint_schema &&
                                            r.constraint_name == k.constraint_name)
                                .join(parent).on(parent.constraint_schema == r.constraint_schema &&
                                                 parent.constraint_name == r.unique_constraint_name &&
                                                 parent.ordinal_position == k.position_in_unique_constraint)
                                .where(k.constraint_schema == schema && k.table_name == table)
                                .order_by(k.column_name.asc()))) {
        shape.foreign_keys.push_back({f.column_name, f.table_name, f.parent_column, f.delete_rule, f.update_rule});
    }

    const auto& i = pg_indexes;
    for (const auto& index : db(select(i.indexname, i.indexdef)
                                    .from(i)
                                    .where(i.schemaname == schema && i.tablename == table &&
                                           (i.indexname.like("ix\\_%") || i.indexname.like("ux\\_%")))
                                    .order_by(i.indexname.asc()))) {
        shape.indexes.push_back({index.indexname, index.indexdef.starts_with("CREATE UNIQUE"),
                                 index_columns(index.indexdef)});
    }
    return shape;
}

}  // namespace postgresql_catalog
