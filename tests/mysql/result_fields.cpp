// The driver binds a statement's result columns once, and binds them again only when the
// server reports other fields than last time. These cases change the fields under a
// prepared statement and check that each value is then read by its new type.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "database.hpp"

using namespace quarry;

TEST_CASE("SELECT ? reports its parameter's type, which may change between executions") {
    mysql::driver d{test_servers::mysql_socket()};
    mysql::statement s = d.prepare("SELECT ?");
    std::int64_t number = 0;
    std::string text;

    d.bind(s, 1, std::int64_t{42});
    REQUIRE(d.step(s));
    d.read(s, 0, number);
    CHECK(number == 42);
    d.reset(s);

    d.bind(s, 1, std::string("forty-two"));
    REQUIRE(d.step(s));
    d.read(s, 0, text);
    CHECK(text == "forty-two");
    CHECK_THROWS_AS(d.read(s, 0, number), type_mismatch_error);
    d.reset(s);

    d.bind(s, 1, std::int64_t{7});
    REQUIRE(d.step(s));
    d.read(s, 0, number);
    CHECK(number == 7);
    d.reset(s);
}

TEST_CASE("a column altered under a prepared statement is read by its new type") {
    mysql::driver d{test_servers::mysql_socket()};
    d.execute("DROP TABLE IF EXISTS altered_column");
    d.execute("CREATE TABLE altered_column (id BIGINT PRIMARY KEY, v INT NOT NULL)");
    d.execute("INSERT INTO altered_column VALUES (1, 7)");
    mysql::statement s = d.prepare("SELECT v FROM altered_column");
    std::int64_t number = 0;
    REQUIRE(d.step(s));
    d.read(s, 0, number);
    CHECK(number == 7);
    d.reset(s);

    d.execute("ALTER TABLE altered_column MODIFY v VARCHAR(10) NOT NULL");
    d.execute("UPDATE altered_column SET v = 'seven'");
    REQUIRE(d.step(s));
    std::string text;
    d.read(s, 0, text);
    CHECK(text == "seven");
    CHECK_THROWS_AS(d.read(s, 0, number), type_mismatch_error);
    d.reset(s);
    d.execute("DROP TABLE altered_column");
}
