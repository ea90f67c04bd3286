#pragma once
// A connection to an SQLite database: a file path, or ":memory:".
//   quarry::sqlite::connection db{"app.db"};
#include "quarry/engine/connection.hpp"
#include "quarry/sqlite/driver.hpp"

namespace quarry::sqlite {

using connection = quarry::connection<driver>;
using transaction = quarry::transaction<driver>;

}  // namespace quarry::sqlite
