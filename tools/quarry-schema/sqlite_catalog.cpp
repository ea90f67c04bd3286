#include "sqlite_catalog.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "catalog_query.hpp"
#include "default_values.hpp"
#include "sqlite_table_sql.hpp"

namespace quarry_schema {

namespace {

using quarry::sqlite::driver;
using text = std::string;
using maybe_text = std::optional<std::string>;
using integer = std::int64_t;

// Each pragma function is queried through its hidden column `arg`:
// pragma_table_info WHERE arg = 't' is pragma_table_info('t').

void read_columns(driver& db, column_typing& typing, table& t) {
    std::vector<std::pair<integer, std::string>> key;
    for (auto& [name, declared, not_null, default_sql, key_position] :
         query_rows<text, text, integer, maybe_text, integer>(
             db, R"(SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info WHERE arg = ? ORDER BY cid)",
             t.name)) {
        column c;
        c.name = name;
        c.type = typing.type_of(t.name, name, declared, sqlite_column_type(declared));
        c.nullable = not_null == 0;
        if (default_sql) c.default_value = default_from_sql(*default_sql, c.type.kind, string_escapes::standard);
        if (key_position > 0) key.emplace_back(key_position, name);
        t.columns.push_back(std::move(c));
    }
    std::ranges::sort(key);
    for (auto& [position, name] : key) t.primary_key.push_back(name);
}

void read_foreign_keys(driver& db, table& t) {
    std::optional<integer> current;
    for (auto& [id, child, parent, parent_column, on_update, on_delete] :
         query_rows<integer, text, text, maybe_text, text, text>(
             db,
             R"(SELECT id, "from", "table", "to", on_update, on_delete FROM pragma_foreign_key_list )"
             R"(WHERE arg = ? ORDER BY id, seq)",
             t.name)) {
        if (id != current) {
            current = id;
            t.foreign_keys.push_back({{}, parent, {}, referential_action_from_rule(on_delete),
                                      referential_action_from_rule(on_update)});
        }
        t.foreign_keys.back().columns.push_back(child);
        // No "to": the key refers to the parent's primary key, filled in once every table is read.
        if (parent_column) t.foreign_keys.back().parent_columns.push_back(*parent_column);
    }
}

// UNIQUE constraints (origin 'u') on one column are the column's; created indexes
// ('c') and UNIQUE constraints over several columns are indexes. The primary key's
// index ('pk') is the key itself.
void read_indexes(driver& db, table& t) {
    for (auto& [name, unique, origin, partial] :
         query_rows<text, integer, text, integer>(
             db, R"(SELECT name, "unique", origin, partial FROM pragma_index_list WHERE arg = ?)", t.name)) {
        if (origin == "pk") continue;
        if (partial != 0) {
            t.notes.push_back("partial index \"" + name + "\" (CREATE INDEX ... WHERE)");
            continue;
        }
        index_definition i{name, {}, unique != 0};
        bool on_expression = false;
        for (auto& [column_name] :
             query_rows<maybe_text>(db, "SELECT name FROM pragma_index_info WHERE arg = ? ORDER BY seqno", name)) {
            if (column_name) i.columns.push_back(*column_name);
            else on_expression = true;
        }
        if (on_expression) {
            t.notes.push_back("index \"" + name + "\" on an expression");
        } else if (origin == "u" && i.columns.size() == 1) {
            for (column& c : t.columns) c.unique = c.unique || c.name == i.columns.front();
        } else {
            t.indexes.push_back(std::move(i));
        }
    }
    std::ranges::sort(t.indexes, {}, &index_definition::name);
}

void read_create_table_text(const std::string& sql, table& t) {
    const sqlite_table_sql said = read_create_table(sql);
    for (column& c : t.columns) {
        c.auto_increment = said.autoincrement_column == c.name;
        for (const auto& [name, check] : said.column_checks) {
            if (name != c.name) continue;
            // A second CHECK on the same column means the same over the row.
            if (c.check) t.checks.push_back(check);
            else c.check = check;
        }
    }
    t.checks.insert(t.checks.end(), said.table_checks.begin(), said.table_checks.end());
}

void fill_in_implicit_parent_keys(database_schema& schema) {
    for (table& t : schema.tables) {
        for (foreign_key& key : t.foreign_keys) {
            if (!key.parent_columns.empty()) continue;
            const auto parent = std::ranges::find(schema.tables, key.parent_table, &table::name);
            if (parent != schema.tables.end()) key.parent_columns = parent->primary_key;
        }
    }
}

}  // namespace

database_schema read_sqlite_schema(driver& db, column_typing& typing) {
    database_schema schema{"SQLite", {}};
    for (auto& [name, sql] : query_rows<text, maybe_text>(
             db, R"(SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' )"
                 R"(ORDER BY name)")) {
        table t;
        t.name = name;
        read_columns(db, typing, t);
        read_foreign_keys(db, t);
        read_indexes(db, t);
        if (sql) read_create_table_text(*sql, t);
        schema.tables.push_back(std::move(t));
    }
    fill_in_implicit_parent_keys(schema);
    return schema;
}

}  // namespace quarry_schema
