#include "backends.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <utility>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "servers.hpp"

namespace bench {

namespace {

bool has_setting(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

// Set in a repetition process: its parent filled the shared databases.
bool filled_elsewhere = false;
std::string filled_sqlite_file;

// Removes the SQLite file and its WAL companions when the program ends.
struct removed_at_exit {
    std::string path;
    ~removed_at_exit() {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
    }
};

const std::string& sqlite_file_path() {
    if (filled_elsewhere) return filled_sqlite_file;
    static const removed_at_exit file{
        (std::filesystem::temp_directory_path() / std::string("quarry-bench-").append(std::to_string(getpid())).append(".db")).string()};
    return file.path;
}

template <class Connection>
void run_script(Connection&& db, dialect_id dialect) {
    for (const std::string& sql : fixture_script(dialect)) db.execute_sql(sql);
}

}  // namespace

std::string unavailable_reason(const std::string& backend_id) {
    if (backend_id == "mariadb" && !has_setting("QUARRY_TEST_MYSQL_SOCKET"))
        return "QUARRY_TEST_MYSQL_SOCKET is not set (scripts/bench starts the servers)";
    if (backend_id == "postgresql" && !has_setting("QUARRY_TEST_PG_HOST"))
        return "QUARRY_TEST_PG_HOST is not set (scripts/bench starts the servers)";
    return {};
}

void prepare_shared_database(dialect_id dialect) {
    if (filled_elsewhere) return;
    static std::once_flag sqlite_done, mariadb_done, postgresql_done;
    switch (dialect) {
        case dialect_id::sqlite:
            std::call_once(sqlite_done,
                           [] { run_script(quarry::sqlite::connection{sqlite_file_path()}, dialect_id::sqlite); });
            break;
        case dialect_id::mariadb:
            std::call_once(mariadb_done, [] {
                run_script(quarry::mariadb::connection{test_servers::mysql_socket()}, dialect_id::mariadb);
            });
            break;
        case dialect_id::postgresql:
            std::call_once(postgresql_done, [] {
                run_script(quarry::postgresql::connection{test_servers::postgresql_socket()}, dialect_id::postgresql);
            });
            break;
    }
}

std::string prepare_shared_database(const std::string& backend_id) {
    if (backend_id == "sqlite_file") return shared_sqlite_file();
    if (backend_id == "mariadb") prepare_shared_database(dialect_id::mariadb);
    if (backend_id == "postgresql") prepare_shared_database(dialect_id::postgresql);
    return {};
}

void use_filled_databases(std::string sqlite_file) {
    filled_elsewhere = true;
    filled_sqlite_file = std::move(sqlite_file);
}

const std::string& shared_sqlite_file() {
    prepare_shared_database(dialect_id::sqlite);
    return sqlite_file_path();
}

}  // namespace bench
