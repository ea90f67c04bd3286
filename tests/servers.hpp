#pragma once
// Connection settings for the throwaway servers that scripts/test starts
// (scripts/test-servers exports them as QUARRY_TEST_*). A missing setting fails
// the test loudly: a server test never skips.
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <quarry/mysql/connect_options.hpp>
#include <quarry/postgresql/connect_options.hpp>

namespace test_servers {

inline std::string setting(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        throw std::runtime_error(std::string(name) +
                                 " is not set: run the tests through scripts/test, which starts the servers");
    }
    return value;
}

// MariaDB over its unix socket.
inline quarry::mysql::connect_options mysql_socket() {
    quarry::mysql::connect_options options;
    options.unix_socket = setting("QUARRY_TEST_MYSQL_SOCKET");
    options.user = setting("QUARRY_TEST_MYSQL_USER");
    options.password = setting("QUARRY_TEST_MYSQL_PASSWORD");
    options.database = setting("QUARRY_TEST_MYSQL_DATABASE");
    return options;
}

// MariaDB over TCP on loopback.
inline quarry::mysql::connect_options mysql_tcp() {
    quarry::mysql::connect_options options = mysql_socket();
    options.unix_socket.clear();
    options.host = "127.0.0.1";
    options.port = static_cast<unsigned>(std::stoul(setting("QUARRY_TEST_MYSQL_PORT")));
    return options;
}

// PostgreSQL over its unix socket.
inline quarry::postgresql::connect_options postgresql_socket() {
    quarry::postgresql::connect_options options;
    options.host = setting("QUARRY_TEST_PG_HOST");
    options.port = static_cast<unsigned>(std::stoul(setting("QUARRY_TEST_PG_PORT")));
    options.user = setting("QUARRY_TEST_PG_USER");
    options.password = setting("QUARRY_TEST_PG_PASSWORD");
    options.database = setting("QUARRY_TEST_PG_DATABASE");
    return options;
}

// Stops ("pause") or starts again ("resume") one server, "mariadb" or "postgresql", with
// its data and port kept, through scripts/test-servers. For the restart tests only, which
// run alone: every other test would fail meanwhile.
inline void control_server(const std::string& action, const std::string& server) {
    const std::string command = "'" + setting("QUARRY_TEST_SERVERS_SCRIPT") + "' " + action + " " + server + " '" +
                                setting("QUARRY_TEST_SERVERS") + "' >&2";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
}

// PostgreSQL over TCP on loopback.
inline quarry::postgresql::connect_options postgresql_tcp() {
    quarry::postgresql::connect_options options = postgresql_socket();
    options.host = "127.0.0.1";
    return options;
}

}  // namespace test_servers
