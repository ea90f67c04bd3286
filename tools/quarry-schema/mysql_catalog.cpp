#include "mysql_catalog.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "ascii_text.hpp"
#include "catalog_query.hpp"
#include "default_values.hpp"
#include "errors.hpp"

namespace quarry_schema {

namespace {

using quarry::mysql::driver;
using text = std::string;
using maybe_text = std::optional<std::string>;
using integer = std::int64_t;
using maybe_integer = std::optional<std::int64_t>;
using tables_by_name = std::map<std::string, table>;

struct named_foreign_key {
    std::string table;
    std::string name;
    foreign_key key;
};

std::optional<int> narrow(maybe_integer value) {
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
}

void read_columns(driver& db, column_typing& typing, tables_by_name& tables) {
    for (auto& [table_name, name, data_type, full_type, nullable, default_sql, extra, digits, scale] :
         query_rows<text, text, text, text, text, maybe_text, text, maybe_integer, maybe_integer>(
             db,
             "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
             "NUMERIC_PRECISION, NUMERIC_SCALE FROM information_schema.COLUMNS "
             "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;  // a view's column
        column c;
        c.name = name;
        c.type = typing.type_of(table_name, name, data_type,
                                mysql_column_type(data_type, full_type, narrow(digits), narrow(scale)));
        c.nullable = nullable == "YES";
        c.auto_increment = ascii_lower(extra).find("auto_increment") != std::string::npos;
        if (default_sql) c.default_value = default_from_sql(*default_sql, c.type.kind, string_escapes::backslash);
        t->second.columns.push_back(std::move(c));
    }
}

// InnoDB has no NO ACTION of its own: it reports RESTRICT, which means the same.
referential_action innodb_action(const std::string& rule) {
    const referential_action action = referential_action_from_rule(rule);
    return action == referential_action::restrict ? referential_action::no_action : action;
}

std::vector<named_foreign_key> read_foreign_keys(driver& db, const std::string& database, tables_by_name& tables) {
    std::vector<named_foreign_key> keys;
    for (auto& [table_name, name, child, parent_schema, parent, parent_column, on_update, on_delete] :
         query_rows<text, text, text, text, text, text, text, text>(
             db,
             "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
             "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
             "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
             "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME "
             "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
             "WHERE k.TABLE_SCHEMA = DATABASE() ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
        if (parent_schema != database) {
            tables.at(table_name).notes.push_back("foreign key \"" + name + "\" refers to \"" + parent_schema +
                                                  "\".\"" + parent + "\", in another database");
            continue;
        }
        if (keys.empty() || keys.back().table != table_name || keys.back().name != name) {
            keys.push_back({table_name, name, {{}, parent, {}, innodb_action(on_delete), innodb_action(on_update)}});
        }
        keys.back().key.columns.push_back(child);
        keys.back().key.parent_columns.push_back(parent_column);
    }
    for (const named_foreign_key& k : keys) tables.at(k.table).foreign_keys.push_back(k.key);
    return keys;
}

// MySQL names a UNIQUE column's index after the column: "email", or "email_2" when taken.
bool is_named_after(const std::string& index_name, const std::string& column) {
    if (index_name == column) return true;
    if (!index_name.starts_with(column + "_")) return false;
    const std::string suffix = index_name.substr(column.size() + 1);
    return !suffix.empty() && suffix.find_first_not_of("0123456789") == std::string::npos;
}

// The index InnoDB adds for a foreign key that no index serves: named after the key's
// name if it has one, else after its first column, and over the key's columns.
bool is_added_for_foreign_key(const std::string& table_name, const index_definition& i,
                              const std::vector<named_foreign_key>& keys) {
    return std::ranges::any_of(keys, [&](const named_foreign_key& k) {
        return k.table == table_name && k.key.columns == i.columns &&
               (i.name == k.name || i.name == k.key.columns.front());
    });
}

void read_indexes(driver& db, tables_by_name& tables, const std::vector<named_foreign_key>& keys) {
    struct read_index {
        index_definition definition;
        bool on_expression = false;
    };
    std::map<std::pair<std::string, std::string>, read_index> indexes;
    for (auto& [table_name, name, non_unique, column_name] : query_rows<text, text, integer, maybe_text>(
             db,
             "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
             "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
        read_index& i = indexes[{table_name, name}];
        i.definition.name = name;
        i.definition.unique = non_unique == 0;
        if (column_name) i.definition.columns.push_back(*column_name);
        else i.on_expression = true;  // MySQL 8's functional key parts
    }
    for (auto& [where, i] : indexes) {
        table& t = tables.at(where.first);
        const index_definition& found = i.definition;
        if (found.name == "PRIMARY") {
            t.primary_key = found.columns;
        } else if (i.on_expression) {
            t.notes.push_back("index \"" + found.name + "\" on an expression");
        } else if (found.unique && found.columns.size() == 1 && is_named_after(found.name, found.columns.front())) {
            for (column& c : t.columns) c.unique = c.unique || c.name == found.columns.front();
        } else if (found.unique || !is_added_for_foreign_key(where.first, found, keys)) {
            t.indexes.push_back(found);
        }
    }
}

// MariaDB writes every name in a CHECK in backticks, which only MySQL reads. A name
// that is a plain identifier and none of the server's keywords needs none, and without
// them the CHECK is the SQL of every backend. Quoted text is copied as it is.
std::string without_needless_backticks(std::string_view sql, const std::set<std::string>& keywords) {
    std::string out;
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            const std::size_t begin = i++;
            while (i < sql.size() && sql[i] != c) i += sql[i] == '\\' ? 2 : 1;
            i = std::min(i + 1, sql.size());
            out += sql.substr(begin, i - begin);
        } else if (c == '`') {
            const auto close = sql.find('`', i + 1);
            if (close == std::string_view::npos) {
                out += sql.substr(i);
                break;
            }
            const std::string_view name = sql.substr(i + 1, close - i - 1);
            const bool plain = !name.empty() && !(name.front() >= '0' && name.front() <= '9') &&
                               name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
                                   std::string_view::npos;
            out += plain && !keywords.contains(ascii_upper(name)) ? name : sql.substr(i, close + 1 - i);
            i = close + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

void read_checks(driver& db, tables_by_name& tables) {
    std::set<std::string> keywords;
    for (auto& [word] : query_rows<text>(db, "SELECT WORD FROM information_schema.KEYWORDS"))
        keywords.insert(ascii_upper(word));
    for (auto& [table_name, name, level, clause] : query_rows<text, text, text, text>(
             db,
             "SELECT TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
             "WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME")) {
        const auto t = tables.find(table_name);
        if (t == tables.end()) continue;
        std::string check = without_needless_backticks(clause, keywords);
        // A column's CHECK is named after its column.
        const auto c = std::ranges::find(t->second.columns, name, &column::name);
        if (level == "Column" && c != t->second.columns.end() && !c->check) c->check = std::move(check);
        else t->second.checks.push_back(std::move(check));
    }
}

}  // namespace

database_schema read_mysql_schema(driver& db, std::string dialect, column_typing& typing) {
    const auto [database] = query_rows<maybe_text>(db, "SELECT DATABASE()").front();
    if (!database) {
        throw schema_error("quarry-schema: the URL names no database; add it, as mysql://user@host/database");
    }
    tables_by_name tables;
    for (auto& [name] : query_rows<text>(db, "SELECT TABLE_NAME FROM information_schema.TABLES "
                                             "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
        tables[name].name = name;
    }
    read_columns(db, typing, tables);
    const std::vector<named_foreign_key> keys = read_foreign_keys(db, *database, tables);
    read_indexes(db, tables, keys);
    read_checks(db, tables);

    database_schema schema{std::move(dialect), {}};
    for (auto& [name, t] : tables) {
        std::ranges::sort(t.indexes, {}, &index_definition::name);
        schema.tables.push_back(std::move(t));
    }
    return schema;
}

}  // namespace quarry_schema
