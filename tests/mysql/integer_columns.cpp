// A signed INT or MEDIUMINT column is fetched in its own 4 bytes (the client converts
// nothing), a BIGINT or an unsigned column in 8. These cases read the 4-byte kind into every
// C++ type that takes integers, at its extremes, and after its rows were read ahead.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>

#include "database.hpp"

using namespace quarry;

namespace {
// Rows (id, v INT, m MEDIUMINT NULL): the extremes of each, zero, one, and a NULL.
mysql::driver integer_table() {
    mysql::driver d{test_servers::mysql_socket()};
    d.execute("DROP TABLE IF EXISTS integer_columns");
    d.execute("CREATE TABLE integer_columns (id BIGINT PRIMARY KEY, v INT NOT NULL, m MEDIUMINT NULL)");
    d.execute("INSERT INTO integer_columns VALUES (1, -2147483648, -8388608), (2, 2147483647, 8388607), "
              "(3, 0, 0), (4, 1, NULL)");
    return d;
}

template <class T>
T read_v(mysql::driver& d, mysql::statement& s, int id, int column = 0) {
    d.bind(s, 1, std::int64_t{id});
    REQUIRE(d.step(s));
    T value{};
    d.read(s, column, value);
    d.reset(s);
    return value;
}
}  // namespace

TEST_CASE("a signed INT or MEDIUMINT column reads into every integer type, double, decimal and bool") {
    mysql::driver d = integer_table();
    mysql::statement s = d.prepare("SELECT v, m FROM integer_columns WHERE id = ?");

    CHECK(read_v<std::int32_t>(d, s, 1) == -2147483648);
    CHECK(read_v<std::int64_t>(d, s, 1) == -2147483648);
    CHECK(read_v<std::int32_t>(d, s, 1, 1) == -8388608);
    CHECK(read_v<std::int64_t>(d, s, 2) == 2147483647);
    CHECK(read_v<std::uint32_t>(d, s, 2) == 2147483647u);
    CHECK(read_v<std::uint64_t>(d, s, 2, 1) == 8388607u);
    CHECK(read_v<double>(d, s, 1) == -2147483648.0);
    CHECK(read_v<decimal>(d, s, 1).str() == "-2147483648");
    CHECK(read_v<bool>(d, s, 3) == false);
    CHECK(read_v<bool>(d, s, 4) == true);
    CHECK(read_v<std::optional<std::int32_t>>(d, s, 4, 1) == std::nullopt);
    CHECK(read_v<std::optional<std::int32_t>>(d, s, 2, 1) == 8388607);

    d.bind(s, 1, std::int64_t{1});
    REQUIRE(d.step(s));
    std::uint32_t unsigned_value = 0;
    bool flag = false;
    CHECK_THROWS_AS(d.read(s, 0, unsigned_value), type_mismatch_error);  // negative
    CHECK_THROWS_AS(d.read(s, 0, flag), type_mismatch_error);            // neither 0 nor 1
    d.reset(s);

    d.bind(s, 1, std::int64_t{4});
    REQUIRE(d.step(s));
    std::int32_t number = 0;
    CHECK_THROWS_AS(d.read(s, 1, number), null_value_error);
    d.reset(s);
}

TEST_CASE("signed INT values read ahead for another statement keep their values") {
    mysql::driver d = integer_table();
    mysql::statement all = d.prepare("SELECT v FROM integer_columns ORDER BY id");
    mysql::statement other = d.prepare("SELECT 1");
    REQUIRE(d.step(all));
    std::int32_t value = 0;
    d.read(all, 0, value);
    CHECK(value == -2147483648);
    REQUIRE(d.step(other));  // the rest of `all` is read ahead
    d.reset(other);
    std::int64_t wide = 0;
    REQUIRE(d.step(all));
    d.read(all, 0, wide);
    CHECK(wide == 2147483647);
    REQUIRE(d.step(all));
    d.read(all, 0, value);
    CHECK(value == 0);
    REQUIRE(d.step(all));
    d.read(all, 0, value);
    CHECK(value == 1);
    CHECK_FALSE(d.step(all));
    d.execute("DROP TABLE integer_columns");
}
