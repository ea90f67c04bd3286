#pragma once
// Database URLs, as SQLAlchemy writes them:
//   sqlite:///relative/app.db   sqlite:////absolute/app.db   sqlite::memory:
//   mysql://user:password@127.0.0.1:3306/db   mysql://user@localhost/db?unix_socket=/run/mysqld.sock
//   postgresql://user:password@[::1]:5432/db   postgresql://user@/db?host=/run/postgresql
// Parsing is strict: user, password, database and option values are percent-decoded,
// and anything malformed throws url_error, whose message never shows the password.
#include <chrono>
#include <cstddef>
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

    // The URL with the password (and any option named password) replaced by ***, for
    // logs and messages.
    std::string redacted() const;
};

// Reads a URL's options by name, each in its expected form, and refuses the ones no
// reader asked for, so that a misspelt option is an error rather than ignored:
//   url_options o{u};
//   std::optional<std::size_t> size = o.count("pool_size");
//   o.finish();   // url_error for an option nobody read
class url_options {
public:
    explicit url_options(const url& u) : url_(&u), read_(u.options.size(), false) {}

    std::optional<std::string> text(std::string_view name);
    // true, false, on, off, yes, no, 1 or 0.
    std::optional<bool> flag(std::string_view name);
    // A whole number, 0 or more.
    std::optional<std::size_t> count(std::string_view name);
    // A whole number with a unit: 250ms, 5s or 2min.
    std::optional<std::chrono::milliseconds> duration(std::string_view name);

    // Throws url_error naming the first option that was never read.
    void finish() const;

private:
    const url* url_;
    std::vector<bool> read_;
};

}  // namespace quarry
