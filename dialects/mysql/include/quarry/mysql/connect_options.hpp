#pragma once
// Where and as whom a MySQL or MariaDB connection logs in. A non-empty unix_socket
// is used instead of host and port.
// From a URL (see engine.hpp): mysql://user:password@127.0.0.1:3306/db?connect_timeout=5s
//                              mysql://user@localhost/db?unix_socket=/run/mysqld/mysqld.sock
#include <chrono>
#include <string>

namespace quarry {
struct url;
class url_options;
}  // namespace quarry

namespace quarry::mysql {

struct connect_options {
    std::string host = "127.0.0.1";
    unsigned port = 3306;
    std::string unix_socket;
    std::string user;
    std::string password;
    std::string database;
    // How long connecting may take, in whole seconds (rounded up). Zero: the client's default.
    std::chrono::milliseconds connect_timeout{10'000};
    // Ends a statement that runs longer, with timeout_error: MariaDB's max_statement_time
    // (MySQL has no such setting for every statement: leave it zero there). Zero: never.
    std::chrono::milliseconds statement_timeout{0};

    // Reads user, password, host, port, database and the options unix_socket and
    // connect_timeout and statement_timeout. Without a host, connects to localhost's default socket.
    static connect_options from_url(const url& u, url_options& options);
};

}  // namespace quarry::mysql
