// SQLite only: CAST of a double to an integer truncates toward zero. MariaDB and
// PostgreSQL round to the nearest integer instead (2.9 gives 3), which README's
// Dialects table does not list yet. Every other expression runs on every backend in
// tests/integration/expressions.cpp.
#include <catch2/catch.hpp>

#include <cstdint>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

using namespace quarry;

TEST_CASE("CAST of a double to an integer truncates toward zero") {
    sqlite::connection db{":memory:"};
    auto row = db(select(cast<std::int64_t>(2.9), cast<std::int64_t>(-2.9))).one();
    CHECK(get<0>(row) == 2);
    CHECK(get<1>(row) == -2);
}
