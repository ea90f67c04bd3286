#pragma once
// A database of its own for one test, on each backend: empty when made, dropped when the
// test ends. It gives its Quarry URL, for quarry-schema, and connections to it.
//
//   TEMPLATE_TEST_CASE("...", "[codegen]", CODEGEN_BACKENDS) {
//       TestType scratch{"chinook"};
//       auto db = scratch.connect();
//       auto schema = quarry_schema::read_schema(scratch.url(), {});
//   }
//
// SQLite's is a file in the temporary directory; MariaDB's and PostgreSQL's are databases
// on the servers that scripts/test starts (a missing server fails the test).
#include <filesystem>
#include <string>
#include <string_view>

#include <unistd.h>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "servers.hpp"

namespace codegen_test {

// Named after the test process too, so that test programs running at once keep apart.
inline std::string scratch_name(std::string_view label) {
    return "quarry_codegen_" + std::to_string(::getpid()) + "_" + std::string(label);
}

// A URL's user or password, percent-encoded.
inline std::string url_encoded(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

class sqlite_scratch {
public:
    static constexpr std::string_view name = "SQLite";
    using connection = quarry::sqlite::connection;

    explicit sqlite_scratch(std::string_view label)
        : path_(std::filesystem::temp_directory_path() / (scratch_name(label) + ".db")) {
        remove_files();
    }
    ~sqlite_scratch() { remove_files(); }
    sqlite_scratch(const sqlite_scratch&) = delete;
    sqlite_scratch& operator=(const sqlite_scratch&) = delete;

    std::string url() const { return "sqlite:///" + path_.string(); }  // sqlite:////tmp/...: an absolute path
    connection connect() const { return connection{path_.string()}; }

private:
    void remove_files() const {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(path_.string() + suffix, ignored);
    }

    std::filesystem::path path_;
};

class mariadb_scratch {
public:
    static constexpr std::string_view name = "MariaDB";
    using connection = quarry::mariadb::connection;

    explicit mariadb_scratch(std::string_view label) : database_(scratch_name(label)) {
        connection server{test_servers::mysql_socket()};
        server.driver().execute("DROP DATABASE IF EXISTS " + database_);
        server.driver().execute("CREATE DATABASE " + database_);
    }
    ~mariadb_scratch() {
        try {
            connection{test_servers::mysql_socket()}.driver().execute("DROP DATABASE IF EXISTS " + database_);
        } catch (...) {
            // Left for the server to take along: scripts/test throws it away after the run.
        }
    }
    mariadb_scratch(const mariadb_scratch&) = delete;
    mariadb_scratch& operator=(const mariadb_scratch&) = delete;

    std::string url() const {
        return "mariadb://" + url_encoded(test_servers::setting("QUARRY_TEST_MYSQL_USER")) + ":" +
               url_encoded(test_servers::setting("QUARRY_TEST_MYSQL_PASSWORD")) +
               "@127.0.0.1:" + test_servers::setting("QUARRY_TEST_MYSQL_PORT") + "/" + database_;
    }
    connection connect() const {
        auto options = test_servers::mysql_socket();
        options.database = database_;
        return connection{options};
    }

private:
    std::string database_;
};

class postgresql_scratch {
public:
    static constexpr std::string_view name = "PostgreSQL";
    using connection = quarry::postgresql::connection;

    explicit postgresql_scratch(std::string_view label) : database_(scratch_name(label)) {
        connection server{test_servers::postgresql_socket()};
        server.driver().execute("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
        server.driver().execute("CREATE DATABASE " + database_);
    }
    ~postgresql_scratch() {
        try {
            connection{test_servers::postgresql_socket()}.driver().execute("DROP DATABASE IF EXISTS " + database_ +
                                                                           " WITH (FORCE)");
        } catch (...) {
            // Left for the server to take along: scripts/test throws it away after the run.
        }
    }
    postgresql_scratch(const postgresql_scratch&) = delete;
    postgresql_scratch& operator=(const postgresql_scratch&) = delete;

    std::string url() const {
        return "postgresql://" + url_encoded(test_servers::setting("QUARRY_TEST_PG_USER")) + ":" +
               url_encoded(test_servers::setting("QUARRY_TEST_PG_PASSWORD")) +
               "@127.0.0.1:" + test_servers::setting("QUARRY_TEST_PG_PORT") + "/" + database_;
    }
    connection connect() const {
        auto options = test_servers::postgresql_socket();
        options.database = database_;
        return connection{options};
    }

private:
    std::string database_;
};

}  // namespace codegen_test

#define CODEGEN_BACKENDS codegen_test::sqlite_scratch, codegen_test::mariadb_scratch, codegen_test::postgresql_scratch
