#include "header_writer.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <vector>

#include "cpp_names.hpp"
#include "errors.hpp"

namespace quarry_schema {

namespace {

// QUARRY_PP_MAP takes at most eight options; QUARRY_PP_FOR_EACH takes 256 entries.
constexpr std::size_t most_column_options = 8;
constexpr std::size_t most_table_entries = 256;

std::string_view action_name(referential_action action) {
    switch (action) {
        case referential_action::restrict: return "restrict";
        case referential_action::cascade: return "cascade";
        case referential_action::set_null: return "set_null";
        case referential_action::set_default: return "set_default";
        case referential_action::no_action: break;
    }
    return "no_action";
}

std::string default_option(const column_default& value) {
    switch (value.kind) {
        case column_default::form::integer:
        case column_default::form::real:
        case column_default::form::boolean: return "default(" + value.value + ")";
        case column_default::form::text: return "default(" + cpp_string_literal(value.value) + ")";
        case column_default::form::sql: break;
    }
    return "default_sql(" + cpp_string_literal(value.value) + ")";
}

std::string type_of(const column& c) {
    const std::string type(cpp_type_name(c.type.kind));
    return c.nullable ? "std::optional<" + type + ">" : type;
}

// The C++ names of one header: tables, and each table's columns.
struct header_names {
    std::map<std::string, std::string> tables;
    std::map<std::string, std::map<std::string, std::string>> columns;  // by table

    explicit header_names(const database_schema& schema) {
        identifier_scope table_scope = identifier_scope::for_tables();
        for (const table& t : schema.tables) {
            tables[t.name] = table_scope.claim(t.name);
            identifier_scope column_scope = identifier_scope::for_columns();
            for (const column& c : t.columns) columns[t.name][c.name] = column_scope.claim(c.name);
        }
    }

    std::string column_list(const std::string& table, const std::vector<std::string>& names) const {
        std::string out;
        for (const std::string& name : names) out += (out.empty() ? "" : ", ") + columns.at(table).at(name);
        return out;
    }
};

struct table_declaration {
    std::vector<std::string> column_names;  // "(name," without the parenthesis
    std::vector<std::string> column_types;
    std::vector<std::vector<std::string>> column_options;
    std::vector<std::string> entries;  // primary_key(...), check(...), index(...)
};

table_declaration declaration_of(const table& t, const header_names& names) {
    table_declaration d;
    const bool single_key = t.primary_key.size() == 1;
    std::vector<std::string> moved_checks;
    for (const column& c : t.columns) {
        const std::string& name = names.columns.at(t.name).at(c.name);
        std::vector<std::string> options;
        if (name != c.name) options.push_back("sql_name(" + cpp_string_literal(c.name) + ")");
        if (single_key && t.primary_key.front() == c.name) options.emplace_back("primary_key");
        if (c.auto_increment) options.emplace_back("auto_increment");
        if (c.unique) options.emplace_back("unique");
        if (c.default_value) options.push_back(default_option(*c.default_value));
        if (c.type.precision)
            options.push_back("precision(" + std::to_string(c.type.precision->digits) + ", " +
                              std::to_string(c.type.precision->scale) + ")");
        if (c.type.with_time_zone) options.emplace_back("with_time_zone");
        std::string check = c.check ? "check(" + cpp_string_literal(*c.check) + ")" : "";
        for (const foreign_key& key : t.foreign_keys) {
            if (key.columns.front() != c.name) continue;
            options.push_back("references(" + names.tables.at(key.parent_table) + ", " +
                              names.columns.at(key.parent_table).at(key.parent_columns.front()) + ")");
            if (key.on_delete != referential_action::no_action)
                options.push_back("on_delete(" + std::string(action_name(key.on_delete)) + ")");
            if (key.on_update != referential_action::no_action)
                options.push_back("on_update(" + std::string(action_name(key.on_update)) + ")");
        }
        if (!check.empty()) {
            // Over the row, a column's CHECK means the same; there it leaves room for the others.
            if (options.size() < most_column_options) {
                const auto before_references = std::ranges::find_if(
                    options, [](const std::string& option) { return option.starts_with("references("); });
                options.insert(before_references, check);
            } else {
                moved_checks.push_back(check);
            }
        }
        if (options.size() > most_column_options) {
            throw schema_error("quarry-schema: column \"" + t.name + "\".\"" + c.name + "\" needs " +
                               std::to_string(options.size()) + " options, and QUARRY_TABLE takes at most " +
                               std::to_string(most_column_options));
        }
        d.column_names.push_back(name + ",");
        d.column_types.push_back(type_of(c));
        d.column_options.push_back(std::move(options));
    }
    if (t.primary_key.size() > 1) d.entries.push_back("primary_key(" + names.column_list(t.name, t.primary_key) + ")");
    for (const std::string& check : t.checks) d.entries.push_back("check(" + cpp_string_literal(check) + ")");
    d.entries.insert(d.entries.end(), moved_checks.begin(), moved_checks.end());
    for (const index_definition& i : t.indexes)
        d.entries.push_back(std::string(i.unique ? "unique_index(" : "index(") + names.column_list(t.name, i.columns) +
                            ")");
    if (d.column_names.size() + d.entries.size() > most_table_entries) {
        throw schema_error("quarry-schema: table \"" + t.name + "\" has more columns, keys, checks and indexes (" +
                           std::to_string(d.column_names.size() + d.entries.size()) +
                           ") than QUARRY_TABLE declares (" + std::to_string(most_table_entries) + ")");
    }
    return d;
}

std::string padded(const std::string& text, std::size_t width) {
    return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

void write_table(std::string& out, const table& t, const header_names& names) {
    if (!t.notes.empty()) {
        out += "// Not declared, since QUARRY_TABLE cannot say it:\n";
        for (const std::string& note : t.notes) out += "//   " + note + "\n";
    }
    const std::string& name = names.tables.at(t.name);
    out += name == t.name ? "QUARRY_TABLE(" + name + ",\n"
                          : "QUARRY_NAMED_TABLE(" + name + ", " + cpp_string_literal(t.name) + ",\n";
    const table_declaration d = declaration_of(t, names);
    std::size_t name_width = 0;
    std::size_t type_width = 0;
    for (std::size_t i = 0; i < d.column_names.size(); ++i) {
        name_width = std::max(name_width, d.column_names[i].size());
        if (!d.column_options[i].empty()) type_width = std::max(type_width, d.column_types[i].size() + 1);
    }
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < d.column_names.size(); ++i) {
        std::string line = "(";  // appended, not "(" + padded(…): g++ 12 -O3 sees a false overlap (-Wrestrict)
        line += padded(d.column_names[i], name_width) + " ";
        if (d.column_options[i].empty()) {
            line += d.column_types[i];
        } else {
            line += padded(d.column_types[i] + ",", type_width);
            for (const std::string& option : d.column_options[i])
                line += " " + option + (&option == &d.column_options[i].back() ? "" : ",");
        }
        lines.push_back(line + ")");
    }
    lines.insert(lines.end(), d.entries.begin(), d.entries.end());
    for (const std::string& line : lines) out += "    " + line + (&line == &lines.back() ? ");\n" : ",\n");
}

bool uses(const database_schema& schema, auto&& predicate) {
    return std::ranges::any_of(schema.tables,
                               [&](const table& t) { return std::ranges::any_of(t.columns, predicate); });
}

}  // namespace

std::string cpp_string_literal(std::string_view text) {
    static constexpr char octal[] = "01234567";
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            // Three octal digits, so that a digit after it is not read as part of it.
            out += '\\';
            out += octal[byte >> 6];
            out += octal[(byte >> 3) & 7];
            out += octal[byte & 7];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string write_header(const database_schema& schema, const header_options& options) {
    const header_names names(schema);
    std::string out = "// Generated by quarry-schema from a " + schema.dialect +
                      " database: regenerate it rather than edit it.\n#pragma once\n";
    const bool integers = uses(schema, [](const column& c) {
        return c.type.kind == value_kind::int32 || c.type.kind == value_kind::int64 ||
               c.type.kind == value_kind::uint32 || c.type.kind == value_kind::uint64;
    });
    const bool nullable = uses(schema, [](const column& c) { return c.nullable; });
    const bool text = uses(schema, [](const column& c) { return c.type.kind == value_kind::text; });
    if (integers) out += "#include <cstdint>\n";
    if (nullable) out += "#include <optional>\n";
    if (text) out += "#include <string>\n";
    out += "\n#include <quarry/quarry.hpp>\n";
    if (!options.cpp_namespace.empty()) out += "\nnamespace " + options.cpp_namespace + " {\n";
    for (const table& t : schema.tables) {
        out += "\n";
        write_table(out, t, names);
    }
    if (!options.cpp_namespace.empty()) out += "\n}  // namespace " + options.cpp_namespace + "\n";
    return out;
}

}  // namespace quarry_schema
