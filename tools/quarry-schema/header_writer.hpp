#pragma once
// Writes a schema as a C++ header of QUARRY_TABLE declarations, one per table, in the
// schema's order. The schema is one that declarable() made (declarable.hpp): in an order
// that compiles, with only what declarations can say.
//
//   QUARRY_NAMED_TABLE(invoice_line, "Invoice Line",
//       (id,         std::int64_t,     primary_key, auto_increment),
//       (invoice_id, std::int64_t,     references(invoice, id), on_delete(cascade)),
//       (unit_price, quarry::decimal,  sql_name("Unit Price"), precision(10, 2), check("\"Unit Price\" >= 0")),
//       index(invoice_id));
//
// Column options come in one order, the one create_all renders DDL in: sql_name,
// primary_key, auto_increment, unique, default, precision or with_time_zone, check,
// references, on_delete, on_update. A table's notes, what its declaration cannot say,
// come as a comment above it.
#include <string>

#include "schema_model.hpp"

namespace quarry_schema {

struct header_options {
    std::string cpp_namespace;  // "" for none; may be nested, as "app::db"
};

// Throws schema_error for a table that QUARRY_TABLE cannot declare at all: more than 256
// entries, or a column with more than eight options.
std::string write_header(const database_schema& schema, const header_options& options);

// A C++ string literal, quotes included, that holds `text` exactly.
std::string cpp_string_literal(std::string_view text);

}  // namespace quarry_schema
