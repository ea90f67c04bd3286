#pragma once
// A connection to a MySQL or MariaDB server:
//   quarry::mysql::connection db{quarry::mysql::connect_options{.host = "db", .user = "app", ...}};
// On MariaDB 10.5+, quarry::mariadb::connection is the same driver printing with
// MariaDB's dialect, which adds INSERT/DELETE ... RETURNING.
#include <array>
#include <string_view>

#include "quarry/engine/connection.hpp"
#include "quarry/mysql/driver.hpp"

namespace quarry::mysql {

using connection = quarry::connection<driver>;
using transaction = quarry::transaction<driver>;

}  // namespace quarry::mysql

namespace quarry::mariadb {

using connect_options = mysql::connect_options;

class driver : public mysql::driver {
public:
    using dialect = mariadb::dialect;
    static constexpr std::array<std::string_view, 1> url_schemes{"mariadb"};
    using mysql::driver::driver;
};

using connection = quarry::connection<driver>;
using transaction = quarry::transaction<driver>;

}  // namespace quarry::mariadb
