#pragma once
// The backends an integration test runs on. A test case is written once:
//
//   TEMPLATE_TEST_CASE("...", "[tag]", QUARRY_BACKENDS) {
//       auto db = TestType::open();   // an empty database
//       ...
//   }
//
// SQLite runs in memory; MariaDB and PostgreSQL are the throwaway servers that
// scripts/test starts (a missing server fails the test). There every test starts
// from an empty database (a schema on PostgreSQL) named after the test process, so
// test programs running at the same time do not disturb one another.
#include <string>
#include <string_view>

#include <unistd.h>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "servers.hpp"

// The database or schema this process's tests own on the servers.
inline const std::string integration_database = "quarry_integration_" + std::to_string(::getpid());

struct sqlite_backend {
    static constexpr std::string_view name = "SQLite";
    using connection = quarry::sqlite::connection;

    static connection open() { return connection{":memory:"}; }
};

struct mariadb_backend {
    static constexpr std::string_view name = "MariaDB";
    using connection = quarry::mariadb::connection;

    static connection open() {
        connection db{test_servers::mysql_socket()};
        db.driver().execute("DROP DATABASE IF EXISTS " + integration_database);
        db.driver().execute("CREATE DATABASE " + integration_database);
        db.driver().execute("USE " + integration_database);
        return db;
    }
};

struct postgresql_backend {
    static constexpr std::string_view name = "PostgreSQL";
    using connection = quarry::postgresql::connection;

    static connection open() {
        connection db{test_servers::postgresql_socket()};
        db.driver().execute("DROP SCHEMA IF EXISTS " + integration_database + " CASCADE");
        db.driver().execute("CREATE SCHEMA " + integration_database);
        db.driver().execute("SET search_path TO " + integration_database);
        return db;
    }
};

#define QUARRY_BACKENDS sqlite_backend, mariadb_backend, postgresql_backend
