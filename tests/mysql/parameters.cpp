// A prepared statement's parameters are bound once and refilled per execution; a NULL is a
// flag on the bind of the value before it. These cases alternate NULLs, values and sizes
// in one parameter and check what the server received each time.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "database.hpp"

using namespace quarry;

namespace {
// Runs `s` (one column of text) and returns its value.
std::string text_of(mysql::driver& d, mysql::statement& s) {
    REQUIRE(d.step(s));
    std::string text;
    d.read(s, 0, text);
    d.reset(s);
    return text;
}
}  // namespace

TEST_CASE("NULLs and values of changing sizes alternate in one text parameter") {
    mysql::driver d{test_servers::mysql_socket()};
    mysql::statement s = d.prepare("SELECT COALESCE(CONCAT('[', ?, ']'), 'NULL')");
    const std::optional<std::string> values[] = {std::nullopt,     "a",  std::nullopt, std::string(300, 'x'),
                                                 std::nullopt,     "",   "bb",         std::nullopt,
                                                 std::string(70000, 'y')};
    for (const auto& value : values) {
        d.bind(s, 1, value);
        CHECK(text_of(d, s) == (value ? "[" + *value + "]" : "NULL"));
    }
}

TEST_CASE("NULLs and values alternate in one integer parameter") {
    mysql::driver d{test_servers::mysql_socket()};
    mysql::statement s = d.prepare("SELECT COALESCE(CAST(? AS CHAR), 'NULL')");
    for (const std::optional<std::int64_t> value : {std::optional<std::int64_t>{}, std::optional<std::int64_t>{5},
                                                    std::optional<std::int64_t>{}, std::optional<std::int64_t>{-7}}) {
        d.bind(s, 1, value);
        CHECK(text_of(d, s) == (value ? std::to_string(*value) : "NULL"));
    }
}
