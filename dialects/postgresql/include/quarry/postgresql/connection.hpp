#pragma once
// A connection to a PostgreSQL server:
//   quarry::postgresql::connection db{quarry::postgresql::connect_options{
//       .host = "/run/postgresql", .user = "app", .password = secret, .database = "app"}};
#include "quarry/engine/connection.hpp"
#include "quarry/postgresql/driver.hpp"

namespace quarry::postgresql {

using connection = quarry::connection<driver>;
using transaction = quarry::transaction<driver>;

}  // namespace quarry::postgresql
