#pragma once
// Database URLs, as SQLAlchemy writes them:
//   sqlite:///relative/app.db   sqlite:////absolute/app.db   sqlite::memory:
//   mysql://user:password@127.0.0.1:3306/db   mysql://user@localhost/db?unix_socket=/run/mysqld.sock
//   postgresql://user:password@[::1]:5432/db   postgresql://user@/db?host=/run/postgresql
// Parsing is strict: user, password, database and option values are percent-decoded,
// and anything malformed throws url_error, whose message never shows the password.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quarry/engine/error.hpp"

namespace quarry {

class url_error : public usage_error {
public:
    using usage_error::usage_error;
};

struct url {
    std::string scheme;
    std::string user;
    std::string password;
    std::string host;  // without the brackets of an IPv6 address
    std::optional<unsigned> port;
    std::string database;  // for SQLite, the file path or ":memory:"
    std::vector<std::pair<std::string, std::string>> options;

    static url parse(std::string_view text);

    // The value of a query option, if given.
    std::optional<std::string> option(std::string_view name) const;

    // The URL with the password replaced by ***, for logs and messages.
    std::string redacted() const;
};

}  // namespace quarry
