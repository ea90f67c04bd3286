#include "declarable.hpp"

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace quarry_schema {

namespace {

// QUARRY_PP_MAP, which a table entry's columns go through, takes at most eight.
constexpr std::size_t most_columns_in_an_entry = 8;

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string described(const foreign_key& key) {
    return "foreign key (" + joined(key.columns) + ") -> " + key.parent_table + " (" + joined(key.parent_columns) + ")";
}

bool is_integer(value_kind kind) {
    return kind == value_kind::int32 || kind == value_kind::int64 || kind == value_kind::uint32 ||
           kind == value_kind::uint64;
}

std::ptrdiff_t position_of(const table& t, const std::string& column_name) {
    const auto found = std::ranges::find(t.columns, column_name, &column::name);
    return found == t.columns.end() ? -1 : found - t.columns.begin();
}

// Keeps the foreign keys a references(...) option can say, and notes the others.
void keep_single_column_keys(table& t, const database_schema& schema) {
    std::erase_if(t.foreign_keys, [&](const foreign_key& key) {
        if (key.columns.size() != 1 || key.parent_columns.size() != 1) {
            t.notes.push_back(described(key) + ": references(...) is for one column");
            return true;
        }
        const auto parent = std::ranges::find(schema.tables, key.parent_table, &table::name);
        if (parent == schema.tables.end() || position_of(*parent, key.parent_columns.front()) < 0) {
            t.notes.push_back(described(key) + ": no such table or column was read");
            return true;
        }
        if (parent->name == t.name && position_of(t, key.parent_columns.front()) > position_of(t, key.columns.front())) {
            t.notes.push_back(described(key) + ": it refers to a column declared after it");
            return true;
        }
        return false;
    });
}

void keep_declarable_auto_increment(table& t) {
    for (column& c : t.columns) {
        if (!c.auto_increment) continue;
        if (t.primary_key != std::vector<std::string>{c.name} || !is_integer(c.type.kind)) {
            c.auto_increment = false;
            t.notes.push_back("auto-increment of \"" + c.name +
                              "\": auto_increment is for an integer column that is the whole primary key");
        }
    }
}

void keep_short_keys_and_indexes(table& t) {
    if (t.primary_key.size() > most_columns_in_an_entry) {
        t.notes.push_back("primary key (" + joined(t.primary_key) + "): primary_key(...) takes at most eight columns");
        t.primary_key.clear();
    }
    std::erase_if(t.indexes, [&](const index_definition& i) {
        if (i.columns.size() <= most_columns_in_an_entry) return false;
        t.notes.push_back("index \"" + i.name + "\": an index entry takes at most eight columns");
        return true;
    });
}

// Tables in name order, each moved after the tables it refers to. When none of those
// left can come next, their foreign keys form a cycle: the first by name comes next
// anyway, without its references to tables not yet declared.
std::vector<table> in_dependency_order(std::vector<table> tables) {
    std::ranges::sort(tables, {}, &table::name);
    std::vector<table> ordered;
    std::set<std::string> declared;
    auto ready = [&](const table& t) {
        return std::ranges::all_of(t.foreign_keys, [&](const foreign_key& key) {
            return key.parent_table == t.name || declared.contains(key.parent_table);
        });
    };
    while (!tables.empty()) {
        auto next = std::ranges::find_if(tables, ready);
        if (next == tables.end()) {
            next = tables.begin();
            std::erase_if(next->foreign_keys, [&](const foreign_key& key) {
                if (key.parent_table == next->name || declared.contains(key.parent_table)) return false;
                next->notes.push_back(described(key) + ": its foreign keys and those of the tables it refers to "
                                                       "form a cycle, and a declaration must come after the "
                                                       "tables it refers to");
                return true;
            });
        }
        declared.insert(next->name);
        ordered.push_back(std::move(*next));
        tables.erase(next);
    }
    return ordered;
}

}  // namespace

database_schema declarable(database_schema schema) {
    for (table& t : schema.tables) {
        keep_single_column_keys(t, schema);
        keep_declarable_auto_increment(t);
        keep_short_keys_and_indexes(t);
    }
    schema.tables = in_dependency_order(std::move(schema.tables));
    return schema;
}

}  // namespace quarry_schema
