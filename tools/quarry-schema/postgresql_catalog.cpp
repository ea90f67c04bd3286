#include "postgresql_catalog.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "ascii_text.hpp"
#include "catalog_query.hpp"
#include "default_values.hpp"
#include "errors.hpp"

namespace quarry_schema {

namespace {

using quarry::postgresql::driver;
using text = std::string;
using maybe_text = std::optional<std::string>;
using integer = std::int64_t;
using maybe_integer = std::optional<std::int64_t>;
using tables_by_name = std::map<std::string, table>;

// Where a parenthesis or "::" can end SQL: outside quoted text and names.
class sql_scanner {
public:
    explicit sql_scanner(std::string_view sql) : sql_(sql) {}

    // Calls visit(position, depth) at each character outside quotes, with the depth of
    // parentheses before it.
    template <class Visit>
    void each_unquoted(Visit&& visit) const {
        int depth = 0;
        for (std::size_t i = 0; i < sql_.size(); ++i) {
            const char c = sql_[i];
            if (c == '\'' || c == '"') {
                const auto close = sql_.find(c, i + 1);  // a doubled quote is two literals in a row
                i = close == std::string_view::npos ? sql_.size() : close;
                continue;
            }
            visit(i, depth);
            if (c == '(') ++depth;
            if (c == ')') --depth;
        }
    }

private:
    std::string_view sql_;
};

// 'it''s'::text -> 'it''s'; '-1'::integer -> '-1'; x without a cast stays x.
std::string_view without_trailing_cast(std::string_view sql) {
    std::size_t cast = std::string_view::npos;
    sql_scanner(sql).each_unquoted([&](std::size_t i, int depth) {
        if (depth == 0 && sql.substr(i, 2) == "::") cast = i;
    });
    return cast == std::string_view::npos ? sql : sql.substr(0, cast);
}

// Whether the parenthesis at the start of `sql` closes at its end: "(a) AND (b)" is not.
bool is_parenthesised(std::string_view sql) {
    if (sql.size() < 2 || sql.front() != '(' || sql.back() != ')') return false;
    bool closes_early = false;
    sql_scanner(sql).each_unquoted([&](std::size_t i, int depth) {
        if (sql[i] == ')' && depth == 1 && i + 1 < sql.size()) closes_early = true;
    });
    return !closes_early;
}

// pg_get_constraintdef's "CHECK ((age >= 0))" -> "age >= 0".
std::string check_expression(std::string_view definition) {
    definition = trim(definition);
    if (definition.starts_with("CHECK ")) definition.remove_prefix(6);
    if (definition.ends_with(" NOT VALID")) definition.remove_suffix(10);
    while (is_parenthesised(definition)) definition = trim(definition.substr(1, definition.size() - 2));
    return std::string(definition);
}

std::optional<column_default> postgresql_default(const std::string& sql, value_kind kind) {
    auto constant = default_from_sql(without_trailing_cast(sql), kind, string_escapes::standard);
    // Not a constant after all: the whole expression, casts included.
    if (constant && constant->kind == column_default::form::sql) constant->value = sql;
    return constant;
}

std::optional<int> narrow(maybe_integer value) {
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

void read_columns(driver& db, column_typing& typing, tables_by_name& tables) {
    for (auto& [table_name, name, udt_name, nullable, default_sql, identity, digits, scale] :
         query_rows<text, text, text, text, maybe_text, text, maybe_integer, maybe_integer>(
             db,
             "SELECT table_name, column_name, udt_name, is_nullable, column_default, is_identity, "
             "numeric_precision, numeric_scale FROM information_schema.columns "
             "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;  // a view's column
        column c;
        c.name = name;
        c.type = typing.type_of(table_name, name, udt_name,
                                postgresql_column_type(udt_name, narrow(digits), narrow(scale)));
        c.nullable = nullable == "YES";
        const bool serial = default_sql && default_sql->starts_with("nextval(");
        c.auto_increment = identity == "YES" || serial;
        if (default_sql && !serial) c.default_value = postgresql_default(*default_sql, c.type.kind);
        t->second.columns.push_back(std::move(c));
    }
}

// Primary keys, and UNIQUE constraints: on one column, that column's; on several, an index.
void read_keys(driver& db, tables_by_name& tables) {
    std::map<std::pair<std::string, std::string>, index_definition> unique_constraints;
    for (auto& [table_name, name, type, column_name] : query_rows<text, text, text, text>(
             db,
             "SELECT t.relname, c.conname, c.contype::text, a.attname FROM pg_constraint c "
             "JOIN pg_class t ON t.oid = c.conrelid "
             "CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position) "
             "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
             "WHERE c.contype IN ('p', 'u') AND t.relnamespace = current_schema()::regnamespace "
             "ORDER BY t.relname, c.conname, k.position")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;
        if (type == "p") {
            t->second.primary_key.push_back(column_name);
        } else {
            index_definition& i = unique_constraints[{table_name, name}];
            i.name = name;
            i.unique = true;
            i.columns.push_back(column_name);
        }
    }
    for (auto& [where, i] : unique_constraints) {
        table& t = tables.at(where.first);
        if (i.columns.size() == 1) {
            for (column& c : t.columns) c.unique = c.unique || c.name == i.columns.front();
        } else {
            t.indexes.push_back(std::move(i));
        }
    }
}

referential_action action_from_code(const std::string& code) {
    if (code == "r") return referential_action::restrict;
    if (code == "c") return referential_action::cascade;
    if (code == "n") return referential_action::set_null;
    if (code == "d") return referential_action::set_default;
    return referential_action::no_action;  // 'a'
}

void read_foreign_keys(driver& db, tables_by_name& tables) {
    std::pair<std::string, std::string> current;
    for (auto& [table_name, name, same_schema, child, parent, parent_column, on_delete, on_update] :
         query_rows<text, text, bool, text, text, text, text, text>(
             db,
             "SELECT t.relname, c.conname, f.relnamespace = t.relnamespace, a.attname, f.relname, fa.attname, "
             "c.confdeltype::text, c.confupdtype::text FROM pg_constraint c "
             "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid "
             "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, parent_attnum, position) "
             "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
             "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.parent_attnum "
             "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
             "ORDER BY t.relname, c.conname, k.position")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;
        if (!same_schema) {
            if (current != std::pair{table_name, name})
                t->second.notes.push_back("foreign key \"" + name + "\" refers to \"" + parent +
                                          "\", in another schema");
            current = {table_name, name};
            continue;
        }
        if (current != std::pair{table_name, name}) {
            current = {table_name, name};
            t->second.foreign_keys.push_back(
                {{}, parent, {}, action_from_code(on_delete), action_from_code(on_update)});
        }
        t->second.foreign_keys.back().columns.push_back(child);
        t->second.foreign_keys.back().parent_columns.push_back(parent_column);
    }
}

void read_checks(driver& db, tables_by_name& tables) {
    for (auto& [table_name, definition, column_count, first_column] :
         query_rows<text, text, maybe_integer, maybe_text>(
             db,
             "SELECT t.relname, pg_get_constraintdef(c.oid), array_length(c.conkey, 1), a.attname "
             "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
             "LEFT JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
             "WHERE c.contype = 'c' AND t.relnamespace = current_schema()::regnamespace "
             "ORDER BY t.relname, c.oid")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;
        std::string check = check_expression(definition);
        const auto c = first_column ? std::ranges::find(t->second.columns, *first_column, &column::name)
                                    : t->second.columns.end();
        if (column_count == 1 && c != t->second.columns.end() && !c->check) c->check = std::move(check);
        else t->second.checks.push_back(std::move(check));
    }
}

// Indexes that back no constraint; their key columns, without INCLUDE's.
void read_indexes(driver& db, tables_by_name& tables) {
    struct read_index {
        index_definition definition;
        bool partial = false;
        bool on_expression = false;
    };
    std::map<std::pair<std::string, std::string>, read_index> indexes;
    for (auto& [table_name, name, unique, partial, column_name] : query_rows<text, text, bool, bool, maybe_text>(
             db,
             "SELECT t.relname, i.relname, ix.indisunique, ix.indpred IS NOT NULL, a.attname FROM pg_index ix "
             "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid "
             "CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) "
             "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
             "WHERE t.relnamespace = current_schema()::regnamespace AND k.position <= ix.indnkeyatts "
             "AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = ix.indexrelid "
             "AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x')) "
             "ORDER BY t.relname, i.relname, k.position")) {
        read_index& i = indexes[{table_name, name}];
        i.definition.name = name;
        i.definition.unique = unique;
        i.partial = partial;
        if (column_name) i.definition.columns.push_back(*column_name);
        else i.on_expression = true;
    }
    for (auto& [where, i] : indexes) {
        const auto t = tables.find(where.first);
        if (t == tables.end()) continue;
        if (i.partial) t->second.notes.push_back("partial index \"" + i.definition.name + "\" (WHERE ...)");
        else if (i.on_expression) t->second.notes.push_back("index \"" + i.definition.name + "\" on an expression");
        else t->second.indexes.push_back(std::move(i.definition));
    }
}

}  // namespace

database_schema read_postgresql_schema(driver& db, column_typing& typing) {
    const auto [schema_name] = query_rows<maybe_text>(db, "SELECT current_schema()").front();
    if (!schema_name) {
        throw schema_error("quarry-schema: the connection has no current schema: its search_path names none "
                           "that exists");
    }
    tables_by_name tables;
    for (auto& [name] : query_rows<text>(db, "SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
        tables[name].name = name;
    }
    read_columns(db, typing, tables);
    read_keys(db, tables);
    read_foreign_keys(db, tables);
    read_checks(db, tables);
    read_indexes(db, tables);

    database_schema schema{"PostgreSQL", {}};
    for (auto& [name, t] : tables) {
        std::ranges::sort(t.indexes, {}, &index_definition::name);
        schema.tables.push_back(std::move(t));
    }
    return schema;
}

}  // namespace quarry_schema
