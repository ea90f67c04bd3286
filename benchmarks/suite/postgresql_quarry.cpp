// Quarry's variants on PostgreSQL: an engine on the benchmark's database, and one
// connection from its pool held for the whole run.
#include <quarry/postgresql/connection.hpp>

#include "backends.hpp"
#include "quarry_cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

quarry::pooled_connection<quarry::postgresql::driver>& postgresql() {
    static quarry::engine<quarry::postgresql::driver> engine = [] {
        prepare_shared_database(dialect_id::postgresql);
        return quarry::engine<quarry::postgresql::driver>{test_servers::postgresql_socket()};
    }();
    static quarry::pooled_connection<quarry::postgresql::driver> db = engine.connect();
    return db;
}

const bool registered = quarry_cases::register_on<postgresql, dialect_id::postgresql>("postgresql");

}  // namespace
}  // namespace bench
