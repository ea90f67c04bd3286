#pragma once
// Where and as whom a MySQL or MariaDB connection logs in. A non-empty unix_socket
// is used instead of host and port.
#include <string>

namespace quarry::mysql {

struct connect_options {
    std::string host = "127.0.0.1";
    unsigned port = 3306;
    std::string unix_socket;
    std::string user;
    std::string password;
    std::string database;
};

}  // namespace quarry::mysql
