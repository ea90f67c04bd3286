#pragma once
// Where and as whom a PostgreSQL connection logs in. A host that starts with '/'
// is the directory of the server's unix socket, as in libpq.
#include <string>

namespace quarry::postgresql {

struct connect_options {
    std::string host = "127.0.0.1";
    unsigned port = 5432;
    std::string user;
    std::string password;
    std::string database;
};

}  // namespace quarry::postgresql
