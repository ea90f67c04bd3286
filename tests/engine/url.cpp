// Database URLs: what each part parses to, and a clear error for what is malformed.
#include <catch2/catch.hpp>

#include <quarry/engine/url.hpp>

using quarry::url;
using quarry::url_error;

TEST_CASE("SQLite URLs name a file, relative with three slashes and absolute with four") {
    CHECK(url::parse("sqlite:///data/app.db").database == "data/app.db");
    CHECK(url::parse("sqlite:////var/lib/app.db").database == "/var/lib/app.db");
    CHECK(url::parse("sqlite::memory:").database == ":memory:");
    CHECK(url::parse("sqlite:///my%20app.db").database == "my app.db");
    CHECK_THROWS_AS(url::parse("sqlite://host/app.db"), url_error);
}

TEST_CASE("a server URL has user, password, host, port, database and options") {
    const url u = url::parse("mysql://app:s%40cret@127.0.0.1:3306/shop?unix_socket=/run/my%20sql.sock");
    CHECK(u.scheme == "mysql");
    CHECK(u.user == "app");
    CHECK(u.password == "s@cret");
    CHECK(u.host == "127.0.0.1");
    CHECK(u.port == 3306u);
    CHECK(u.database == "shop");
    CHECK(u.option("unix_socket") == "/run/my sql.sock");
    CHECK_FALSE(u.option("charset").has_value());
}

TEST_CASE("IPv6 hosts are bracketed; a missing port stays unset") {
    const url u = url::parse("postgresql://app@[::1]:5433/db");
    CHECK(u.host == "::1");
    CHECK(u.port == 5433u);
    CHECK(url::parse("postgresql://app@localhost/db").port == std::nullopt);
    CHECK(url::parse("postgresql://app@/db?host=/run/postgresql").option("host") == "/run/postgresql");
}

TEST_CASE("the redacted form hides the password") {
    const url u = url::parse("postgresql://app:hunter2@[::1]:5433/db?sslmode=disable");
    CHECK(u.redacted() == "postgresql://app:***@[::1]:5433/db?sslmode=disable");
    CHECK(url::parse("sqlite::memory:").redacted() == "sqlite::memory:");
}

TEST_CASE("malformed URLs throw url_error naming the problem, never the password") {
    auto message_of = [](const char* text) {
        try {
            url::parse(text);
        } catch (const url_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK_THAT(message_of("localhost/db"), Catch::Contains("starts with a scheme"));
    CHECK_THAT(message_of("mysql:localhost/db"), Catch::Contains("no '//'"));
    CHECK_THAT(message_of("mysql://u@host:99999/db"), Catch::Contains("port '99999'"));
    CHECK_THAT(message_of("mysql://u@host:abc/db"), Catch::Contains("port 'abc'"));
    CHECK_THAT(message_of("mysql://u@[::1/db"), Catch::Contains("closing ']'"));
    CHECK_THAT(message_of("mysql://u@host/db?novalue"), Catch::Contains("name=value"));
    const std::string bad_password = message_of("mysql://u:hunter%2@host/db");
    CHECK_THAT(bad_password, Catch::Contains("password"));
    CHECK_THAT(bad_password, !Catch::Contains("hunter"));
}
