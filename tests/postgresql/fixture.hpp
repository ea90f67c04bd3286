#pragma once
// A connection for each test, inside a schema of this test process's own, so that two
// runs of the suite (or another suite) on the same server never see each other's
// tables; the schema is dropped when the process ends. The people data set is
// tests/integration/fixtures.hpp's (add_people, add_employees).
#include <unistd.h>

#include <string>

#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>

#include "integration/fixtures.hpp"
#include "schema.hpp"
#include "servers.hpp"

namespace pg_test {

inline const std::string& schema_name() {
    static const std::string name = "quarry_pg_test_" + std::to_string(::getpid());
    return name;
}

// Drops the process's schema when the test binary exits.
struct schema_guard {
    ~schema_guard() {
        try {
            quarry::postgresql::connection db{test_servers::postgresql_socket()};
            db.driver().execute("DROP SCHEMA IF EXISTS " + schema_name() + " CASCADE");
        } catch (...) {
            // Leaving a schema behind on a throwaway server is no failure.
        }
    }
};

inline void use_own_schema(quarry::postgresql::connection& db) {
    schema_name();  // constructed first, so destroyed after the guard that uses it
    static schema_guard guard;
    db.driver().execute("CREATE SCHEMA IF NOT EXISTS " + schema_name());
    db.driver().execute("SET search_path TO " + schema_name());
}

// A connection over the unix socket, with the test tables dropped.
inline quarry::postgresql::connection connect() {
    quarry::postgresql::connection db{test_servers::postgresql_socket()};
    use_own_schema(db);
    using namespace quarry;
    db(drop_table(posts).if_exists());
    db(drop_table(users).if_exists());
    db(drop_table(employees).if_exists());
    db(drop_table(samples).if_exists());
    return db;
}

}  // namespace pg_test
