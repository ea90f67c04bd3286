#pragma once
// A table as a database describes it, read back from its catalog after CREATE TABLE:
// the same shape on every backend, with each backend's own spelling of types,
// defaults and referential actions. read_shape(db, "table") is in catalog.hpp.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <quarry/quarry.hpp>

// Names the catalog queries give their columns.
QUARRY_ALIAS(parent_table);
QUARRY_ALIAS(parent_column);

struct column_shape {
    std::string name;
    std::string type;  // lower case, as the backend spells it
    bool not_null = false;
    std::optional<std::string> default_value;  // the default's SQL, as the backend keeps it
    bool generated = false;                    // AUTOINCREMENT, AUTO_INCREMENT or an identity column

    friend bool operator==(const column_shape&, const column_shape&) = default;
};

struct foreign_key_shape {
    std::string column;
    std::string parent_table;
    std::string parent_column;
    std::string on_delete;
    std::string on_update;

    friend bool operator==(const foreign_key_shape&, const foreign_key_shape&) = default;
};

struct index_shape {
    std::string name;
    bool unique = false;
    std::vector<std::string> columns;

    friend bool operator==(const index_shape&, const index_shape&) = default;
};

struct table_shape {
    std::vector<column_shape> columns;         // in table order
    std::vector<std::string> primary_key;      // in key order
    std::vector<foreign_key_shape> foreign_keys;  // by column
    std::vector<index_shape> indexes;          // the declared ones (ix_..., ux_...), by name
};

// For Catch2's messages when a comparison fails.
inline std::ostream& operator<<(std::ostream& out, const column_shape& c) {
    return out << "{" << c.name << " " << c.type << (c.not_null ? " NOT NULL" : "")
               << (c.default_value ? " DEFAULT " + *c.default_value : "") << (c.generated ? " generated" : "") << "}";
}
inline std::ostream& operator<<(std::ostream& out, const foreign_key_shape& f) {
    return out << "{" << f.column << " -> " << f.parent_table << "." << f.parent_column << " ON DELETE " << f.on_delete
               << " ON UPDATE " << f.on_update << "}";
}
inline std::ostream& operator<<(std::ostream& out, const index_shape& i) {
    out << "{" << (i.unique ? "UNIQUE " : "") << i.name << " (";
    for (const auto& column : i.columns) out << column << (&column == &i.columns.back() ? "" : ", ");
    return out << ")}";
}
