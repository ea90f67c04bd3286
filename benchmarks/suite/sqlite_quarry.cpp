// Quarry's variants on SQLite, in memory and on a WAL file: an engine on the benchmark's
// database, and one connection from its pool held for the whole run.
#include <quarry/sqlite/connection.hpp>

#include "backends.hpp"
#include "quarry_cases.hpp"

namespace bench {
namespace {

quarry::pooled_connection<quarry::sqlite::driver>& sqlite_in_memory() {
    static quarry::engine<quarry::sqlite::driver> engine{"sqlite::memory:"};
    static quarry::pooled_connection<quarry::sqlite::driver> db = [] {
        auto c = engine.connect();
        for (const std::string& sql : fixture_script(dialect_id::sqlite)) c->driver().execute(sql);
        return c;
    }();
    return db;
}

quarry::pooled_connection<quarry::sqlite::driver>& sqlite_on_file() {
    static quarry::engine<quarry::sqlite::driver> engine{quarry::sqlite::open_options{shared_sqlite_file()}};
    static quarry::pooled_connection<quarry::sqlite::driver> db = engine.connect();
    return db;
}

const bool registered = quarry_cases::register_on<sqlite_in_memory, dialect_id::sqlite>("sqlite_memory") &&
                        quarry_cases::register_on<sqlite_on_file, dialect_id::sqlite>("sqlite_file");

}  // namespace
}  // namespace bench
