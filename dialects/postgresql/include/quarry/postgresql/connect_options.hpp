#pragma once
// Where and as whom a PostgreSQL connection logs in. A host that starts with '/'
// is the directory of the server's unix socket, as in libpq.
// From a URL (see engine.hpp): postgresql://user:password@127.0.0.1:5432/db?connect_timeout=5s
//                              postgresql://user@/db?host=/run/postgresql
#include <chrono>
#include <string>

namespace quarry {
struct url;
class url_options;
}  // namespace quarry

namespace quarry::postgresql {

struct connect_options {
    std::string host = "127.0.0.1";
    unsigned port = 5432;
    std::string user;
    std::string password;
    std::string database;
    // How long connecting may take, in whole seconds (rounded up; libpq's minimum is 2).
    // Zero: wait as long as the network does.
    std::chrono::milliseconds connect_timeout{10'000};
    // Ends a statement that runs longer, with timeout_error (the session's
    // statement_timeout). Zero: never.
    std::chrono::milliseconds statement_timeout{0};

    // Reads user, password, host, port, database and the options host (a socket
    // directory) and connect_timeout and statement_timeout. Without a host, libpq's default socket.
    static connect_options from_url(const url& u, url_options& options);
};

}  // namespace quarry::postgresql
