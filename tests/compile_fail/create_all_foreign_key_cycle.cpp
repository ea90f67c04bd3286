// expect: the foreign keys of these tables form a cycle, so none can be created first
// QUARRY_TABLE's references(...) needs a table declared earlier, so a cycle takes a
// reference made by hand, as generated declarations might: a -> b -> a.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

struct cycle_b_definition;
struct cycle_b_id_spec;
#define QUARRY_OPTION_references_cycle_b ::quarry::references<cycle_b_definition, cycle_b_id_spec>

QUARRY_TABLE(cycle_a,
    (id,   std::int64_t, primary_key),
    (b_id, std::int64_t, references_cycle_b));

QUARRY_TABLE(cycle_b,
    (id,   std::int64_t, primary_key),
    (a_id, std::int64_t, references(cycle_a, id)));

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    create_all(db, cycle_b, cycle_a);
#else
    create_all(db, cycle_b);
#endif
}
