// expect: MariaDB's LAG and LEAD take no value for rows past the edge
// LAG with a default, rendered for MariaDB.
#include <string>

#include <quarry/mysql/dialect.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"

std::string misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    return to_sql<mariadb::dialect>(select(lag<1>(users.name, "-").over(window().order_by(users.id))).from(users));
#else
    return to_sql<mariadb::dialect>(select(coalesce(lag(users.name).over(window().order_by(users.id)), "-")).from(users));
#endif
}
