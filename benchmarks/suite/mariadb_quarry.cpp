// Quarry's variants on MariaDB: an engine on the benchmark's database, and one
// connection from its pool held for the whole run.
#include <quarry/mysql/connection.hpp>

#include "backends.hpp"
#include "quarry_cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

quarry::pooled_connection<quarry::mariadb::driver>& mariadb() {
    static quarry::engine<quarry::mariadb::driver> engine = [] {
        prepare_shared_database(dialect_id::mariadb);
        return quarry::engine<quarry::mariadb::driver>{test_servers::mysql_socket()};
    }();
    static quarry::pooled_connection<quarry::mariadb::driver> db = engine.connect();
    return db;
}

const bool registered = quarry_cases::register_on<mariadb, dialect_id::mariadb>("mariadb");

}  // namespace
}  // namespace bench
