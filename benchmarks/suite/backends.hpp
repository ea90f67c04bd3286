#pragma once
// The databases the suite runs on, by id:
//   sqlite_memory   SQLite in memory: each library's connection has a database of its own
//   sqlite_file     one SQLite file in WAL mode, shared by every library's connection
//   mariadb         the MariaDB that scripts/test-servers started, over its unix socket
//   postgresql      the PostgreSQL that scripts/test-servers started, over its unix socket
//   none            no database (building SQL text)
// The servers' settings are the QUARRY_TEST_* variables (tests/servers.hpp).
#include <string>

#include "workload.hpp"

namespace bench {

// Empty if the backend can be used; else why not (its server's variables are not set).
std::string unavailable_reason(const std::string& backend_id);

// Creates and fills the tables of a shared database (sqlite_file, mariadb, postgresql),
// the first time it is asked for in this process, unless another process filled them.
void prepare_shared_database(dialect_id dialect);

// The same, by backend id (nothing for a backend without a shared database); returns the
// SQLite file's path for sqlite_file, else empty.
std::string prepare_shared_database(const std::string& backend_id);

// Takes the shared databases as the process that started this one filled them, with the
// SQLite file at `sqlite_file` (empty if that process made none): for the runner's
// repetition processes (runner.hpp).
void use_filled_databases(std::string sqlite_file);

// The SQLite file of sqlite_file, in the temporary directory, with its tables ready;
// removed when the program ends.
const std::string& shared_sqlite_file();

}  // namespace bench
