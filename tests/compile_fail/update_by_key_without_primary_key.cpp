// expect: update_by_key and delete_by_key find the row by the table's primary key, and this table has none
// A table without a primary key has no way to name one row.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

#ifndef QUARRY_CONTROL
QUARRY_TABLE(notes,
    (id,   std::int64_t),
    (text, std::string));
#else
QUARRY_TABLE(notes,
    (id,   std::int64_t, primary_key),
    (text, std::string));
#endif

namespace {
struct Note {
    std::int64_t id;
    std::string text;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(Note, id, text);

void misuse(quarry::sqlite::connection& db, const Note& note) {
    using namespace quarry;
    db(update_by_key(notes, note));
}
