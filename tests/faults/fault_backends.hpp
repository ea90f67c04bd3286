#pragma once
// The backends the fault tests run on, each opened as a program would: an engine from a
// URL. A test is written once, as a TEMPLATE_TEST_CASE over the backends it applies to:
//   sqlite_faults      a new database file for each engine, in this process's folder
//   mariadb_faults     the database quarry_faults_<pid> on the test server
//   postgresql_faults  the database quarry_faults_<pid> on the test server
// fresh_engine<Backend>() empties the tables below first. cleanup.cpp removes what these
// made when the run ends.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unistd.h>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "servers.hpp"

// Where each write fault starts: a transaction has written a row here.
QUARRY_TABLE(fault_log,
    (id,   std::int64_t, primary_key, auto_increment),
    (note, std::string));

// A text key: VARCHAR(255) on MySQL, which requires keys to have a size; TEXT elsewhere.
QUARRY_TABLE(fault_codes,
    (code, std::string, primary_key));

QUARRY_TABLE(fault_blobs,
    (id,   std::int64_t, primary_key),
    (data, quarry::blob));

QUARRY_TABLE(fault_texts,
    (id,   std::int64_t, primary_key),
    (body, std::string));

// One table seen two ways, as when the schema and the program disagree: created as INT
// and written as BIGINT, or created as BIGINT and read as INT.
QUARRY_NAMED_TABLE(int_numbers, "fault_numbers", (n, std::int32_t));
QUARRY_NAMED_TABLE(bigint_numbers, "fault_numbers", (n, std::int64_t));

// The same for NULL: written through the nullable view, read through the other.
QUARRY_NAMED_TABLE(nullable_notes, "fault_notes", (note, std::optional<std::string>));
QUARRY_NAMED_TABLE(required_notes, "fault_notes", (note, std::string));

inline const std::string fault_test_database = "quarry_faults_" + std::to_string(::getpid());
inline std::filesystem::path fault_test_folder() { return std::filesystem::temp_directory_path() / fault_test_database; }

// A path in this process's folder, not yet used.
inline std::string fresh_fault_path(std::string_view stem) {
    static const bool created = std::filesystem::create_directories(fault_test_folder());
    (void)created;
    static int paths = 0;
    return (fault_test_folder() / (std::string(stem) + std::to_string(++paths))).string();
}

// Joins URL options to a URL that may already have some.
inline std::string with_options(std::string url, std::string_view options) {
    if (options.empty()) return url;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + std::string(options);
}

struct sqlite_faults {
    static constexpr std::string_view name = "SQLite";
    using driver = quarry::sqlite::driver;

    static std::string url() { return "sqlite:///" + fresh_fault_path("faults") + ".db"; }
    // Counts for a long while: the statement timeout must end it.
    static auto slow_query() {
        return quarry::unsafe_sql<std::int64_t>(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
            "SELECT count(*) FROM c");
    }
};

struct mariadb_faults {
    static constexpr std::string_view name = "MariaDB";
    using driver = quarry::mariadb::driver;

    static std::string url() {
        static const bool created = [] {
            quarry::mysql::connection admin{test_servers::mysql_socket()};
            admin.driver().execute("CREATE DATABASE IF NOT EXISTS " + fault_test_database);
            return true;
        }();
        (void)created;
        return "mariadb://" + test_servers::setting("QUARRY_TEST_MYSQL_USER") + ":" +
               test_servers::setting("QUARRY_TEST_MYSQL_PASSWORD") + "@localhost/" + fault_test_database +
               "?unix_socket=" + test_servers::setting("QUARRY_TEST_MYSQL_SOCKET");
    }
    static auto slow_query() { return quarry::unsafe_sql<std::int64_t>("SELECT SLEEP(5)"); }
};

struct postgresql_faults {
    static constexpr std::string_view name = "PostgreSQL";
    using driver = quarry::postgresql::driver;

    static std::string url() {
        static const bool created = [] {
            quarry::postgresql::connection admin{test_servers::postgresql_socket()};
            admin.driver().execute("DROP DATABASE IF EXISTS " + fault_test_database);
            admin.driver().execute("CREATE DATABASE " + fault_test_database);
            return true;
        }();
        (void)created;
        return "postgresql://" + test_servers::setting("QUARRY_TEST_PG_USER") + ":" +
               test_servers::setting("QUARRY_TEST_PG_PASSWORD") + "@:" + test_servers::setting("QUARRY_TEST_PG_PORT") +
               "/" + fault_test_database + "?host=" + test_servers::setting("QUARRY_TEST_PG_HOST");
    }
    static auto slow_query() { return quarry::unsafe_sql<std::int64_t>("SELECT count(*) FROM pg_sleep(5)"); }
};

#define FAULT_BACKENDS sqlite_faults, mariadb_faults, postgresql_faults
#define FAULT_SERVERS mariadb_faults, postgresql_faults

// An engine on Backend's test database, with `options` added to its URL. The tables above
// are empty; fault_numbers is left to each test to create, as INT or as BIGINT.
template <class Backend>
quarry::engine<typename Backend::driver> fresh_engine(std::string_view options = {}) {
    using namespace quarry;
    engine<typename Backend::driver> e{with_options(Backend::url(), options)};
    {
        auto db = e.connect();
        db(drop_table(fault_log).if_exists());
        db(drop_table(fault_codes).if_exists());
        db(drop_table(fault_blobs).if_exists());
        db(drop_table(fault_texts).if_exists());
        db(drop_table(int_numbers).if_exists());
        db(drop_table(nullable_notes).if_exists());
        create_all(db, fault_log, fault_codes, fault_blobs, fault_texts, nullable_notes);
    }
    return e;
}
