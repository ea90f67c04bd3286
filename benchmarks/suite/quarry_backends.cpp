// Quarry's variants on each backend: an engine per database, and one connection from its
// pool held for the whole run.
#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "backends.hpp"
#include "quarry_cases.hpp"
#include "servers.hpp"

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

quarry::pooled_connection<quarry::mariadb::driver>& mariadb() {
    static quarry::engine<quarry::mariadb::driver> engine = [] {
        prepare_shared_database(dialect_id::mariadb);
        return quarry::engine<quarry::mariadb::driver>{test_servers::mysql_socket()};
    }();
    static quarry::pooled_connection<quarry::mariadb::driver> db = engine.connect();
    return db;
}

quarry::pooled_connection<quarry::postgresql::driver>& postgresql() {
    static quarry::engine<quarry::postgresql::driver> engine = [] {
        prepare_shared_database(dialect_id::postgresql);
        return quarry::engine<quarry::postgresql::driver>{test_servers::postgresql_socket()};
    }();
    static quarry::pooled_connection<quarry::postgresql::driver> db = engine.connect();
    return db;
}

const bool registered = quarry_cases::register_on<sqlite_in_memory, dialect_id::sqlite>("sqlite_memory") &&
                        quarry_cases::register_on<sqlite_on_file, dialect_id::sqlite>("sqlite_file") &&
                        quarry_cases::register_on<mariadb, dialect_id::mariadb>("mariadb") &&
                        quarry_cases::register_on<postgresql, dialect_id::postgresql>("postgresql");

}  // namespace
}  // namespace bench
