#pragma once
// The round trip's tables, declared by hand: create_all makes them on each backend,
// quarry-schema reads them back (round_trip/<backend>_tables.hpp), and create_all renders
// the same DDL from either declaration (round_trip.cpp).
//
// They hold what every backend keeps exactly, written the way quarry-schema writes it:
// a key of one column marked on it; a CHECK over one column on that column, and in the
// spelling that every backend gives back (PostgreSQL would add casts to `rating >= 0` on a
// double); a column's default before its check; indexes in the order of their names.
// What a backend does not keep is left out: SQLite has no BOOLEAN, DATE or 32-bit
// INTEGER, so those read back as std::int64_t and std::string, which render the same.
#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>

namespace round_trip {

QUARRY_TABLE(authors,
    (id,     std::int64_t,                      primary_key, auto_increment),
    (name,   std::string,                       unique),
    (born,   std::optional<quarry::date>),
    (rating, double,                            default(0.5)),
    (active, bool,                              default(true)),
    (motto,  std::string,                       default("it's a \\ b")),
    (joined, std::optional<quarry::timestamp>,  with_time_zone),
    index(born));

QUARRY_TABLE(books,
    (id,         std::int64_t,                 primary_key, auto_increment),
    (author_id,  std::int64_t,                 references(authors, id), on_delete(cascade), on_update(cascade)),
    (title,      std::string),
    (first_page, std::int32_t,                 default(1), check("first_page > 0")),
    (last_page,  std::int32_t),
    (copies,     std::uint32_t,                default(0)),
    (price,      quarry::decimal,              default(9.99), precision(10, 2)),
    (cover,      std::optional<quarry::blob>),
    (editor_id,  std::optional<std::int64_t>,  references(authors, id), on_delete(set_null)),
    check("first_page <= last_page"),
    unique_index(author_id, title));

// Names that are not C++ identifiers, and a key of two columns.
QUARRY_NAMED_TABLE(book_tags, "book tags",
    (book_id, std::int64_t, references(books, id), on_delete(cascade)),
    (tag,     std::string,  sql_name("tag name")),
    (weight,  std::int32_t, sql_name("select"), default(-1)),
    primary_key(book_id, tag),
    index(tag));

}  // namespace round_trip
