#pragma once
// The backends the pool tests run on, each giving the connect options of a fresh
// database that holds the two tables below:
//   sqlite_file_backend  a new database file in this process's temporary folder, in WAL
//                        mode (":memory:" is private to each connection: not poolable)
//   mariadb_backend      the database quarry_pool_<pid> on the test server
//   postgresql_backend   the database quarry_pool_<pid> on the test server
// The servers' backends also say how to kill a session from outside.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "servers.hpp"

QUARRY_TABLE(pool_counters,
    (id,   std::int64_t, primary_key),
    (hits, std::int64_t));

QUARRY_TABLE(pool_notes,
    (id,   std::int64_t, primary_key, auto_increment),
    (text, std::string));

// Named after the process, so that test programs running at once do not meet;
// cleanup.cpp removes them at exit.
inline const std::string pool_test_database = "quarry_pool_" + std::to_string(::getpid());
inline std::filesystem::path pool_test_folder() { return std::filesystem::temp_directory_path() / pool_test_database; }

// Empties the tables: one counter row (id 1, 0 hits), no notes.
template <class Connection>
void create_pool_tables(Connection& db) {
    using namespace quarry;
    db(drop_table(pool_counters).if_exists());
    db(drop_table(pool_notes).if_exists());
    db(create_table(pool_counters));
    db(create_table(pool_notes));
    db(insert_into(pool_counters).set(pool_counters.id = 1, pool_counters.hits = 0));
}

template <class Connection>
std::int64_t counter_hits(Connection& db) {
    using namespace quarry;
    return db(select(pool_counters.hits).from(pool_counters).where(pool_counters.id == 1)).one().hits;
}

template <class Connection>
std::int64_t note_count(Connection& db) {
    using namespace quarry;
    return quarry::get<0>(db(select(count()).from(pool_notes)).one());
}

struct sqlite_file_backend {
    static constexpr std::string_view name = "SQLite file";
    using driver = quarry::sqlite::driver;

    static std::string fresh() {
        static const std::filesystem::path folder = [] {
            auto path = pool_test_folder();
            std::filesystem::remove_all(path);
            std::filesystem::create_directories(path);
            return path;
        }();
        static int databases = 0;
        const std::string path = (folder / ("test" + std::to_string(++databases) + ".db")).string();
        quarry::sqlite::connection db{path};
        db.driver().execute("PRAGMA journal_mode = WAL");  // kept by the file
        create_pool_tables(db);
        return path;
    }

};

struct mariadb_backend {
    static constexpr std::string_view name = "MariaDB";
    static constexpr const char* server = "mariadb";
    using driver = quarry::mysql::driver;

    static quarry::mysql::connect_options fresh() {
        quarry::mysql::connect_options options = test_servers::mysql_socket();
        {
            quarry::mysql::connection admin{options};
            admin.driver().execute("CREATE DATABASE IF NOT EXISTS " + pool_test_database);
        }
        options.database = pool_test_database;
        quarry::mysql::connection db{options};
        create_pool_tables(db);
        return options;
    }


    static std::uint64_t session_id(quarry::connection<driver>& db) { return mysql_thread_id(db.native_handle()); }

    // Kills the session and waits until the server has ended it.
    static void kill(std::uint64_t id) {
        quarry::mysql::connection admin{test_servers::mysql_socket()};
        admin.driver().execute("KILL CONNECTION " + std::to_string(id));
        const std::string alive = "SELECT 1 FROM information_schema.processlist WHERE id = " + std::to_string(id);
        for (;;) {
            MYSQL* handle = admin.native_handle();
            if (mysql_query(handle, alive.c_str()) != 0) throw std::runtime_error(mysql_error(handle));
            MYSQL_RES* rows = mysql_store_result(handle);
            const bool gone = mysql_num_rows(rows) == 0;
            mysql_free_result(rows);
            if (gone) return;
            ::usleep(10'000);
        }
    }
};

struct postgresql_backend {
    static constexpr std::string_view name = "PostgreSQL";
    static constexpr const char* server = "postgresql";
    using driver = quarry::postgresql::driver;

    static quarry::postgresql::connect_options fresh() {
        quarry::postgresql::connect_options options = test_servers::postgresql_socket();
        static const bool created = [&] {
            quarry::postgresql::connection admin{options};
            admin.driver().execute("DROP DATABASE IF EXISTS " + pool_test_database);
            admin.driver().execute("CREATE DATABASE " + pool_test_database);
            return true;
        }();
        (void)created;
        options.database = pool_test_database;
        quarry::postgresql::connection db{options};
        create_pool_tables(db);
        return options;
    }


    static std::uint64_t session_id(quarry::connection<driver>& db) {
        return static_cast<std::uint64_t>(PQbackendPID(db.native_handle()));
    }

    // Terminates the backend and waits until it has exited.
    static void kill(std::uint64_t pid) {
        quarry::postgresql::connection admin{test_servers::postgresql_socket()};
        const std::string id = std::to_string(pid);
        admin.driver().execute("SELECT pg_terminate_backend(" + id + ")");
        const std::string alive = "SELECT 1 FROM pg_stat_activity WHERE pid = " + id;
        for (;;) {
            PGresult* rows = PQexec(admin.native_handle(), alive.c_str());
            const bool gone = PQresultStatus(rows) == PGRES_TUPLES_OK && PQntuples(rows) == 0;
            PQclear(rows);
            if (gone) return;
            ::usleep(10'000);
        }
    }
};

#define POOL_BACKENDS sqlite_file_backend, mariadb_backend, postgresql_backend
#define POOL_SERVERS mariadb_backend, postgresql_backend
