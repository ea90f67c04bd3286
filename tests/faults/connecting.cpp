// A server that refuses the login, or nothing listening: connect() throws
// connection_error with the server's reason and where it tried, never the password. The
// engine stays usable: fixing nothing, the next connect() fails the same way, not worse.
#include <catch2/catch.hpp>

#include <string>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

namespace {
// A loopback port nothing listens on: bound, read, and released again.
unsigned closed_loopback_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), length) == 0);
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

// Each server over TCP on loopback, with the given password and port.
struct mariadb_login {
    static constexpr std::string_view name = "MariaDB";
    using driver = quarry::mariadb::driver;
    static std::string user() { return test_servers::setting("QUARRY_TEST_MYSQL_USER"); }
    static std::string password() { return test_servers::setting("QUARRY_TEST_MYSQL_PASSWORD"); }
    static std::string port() { return test_servers::setting("QUARRY_TEST_MYSQL_PORT"); }
    static std::string url(const std::string& password, const std::string& port) {
        return "mariadb://" + user() + ":" + password + "@127.0.0.1:" + port + "/" +
               test_servers::setting("QUARRY_TEST_MYSQL_DATABASE") + "?connect_timeout=5s";
    }
    static constexpr std::string_view refused_login = "Access denied for user 'root'";
    static constexpr std::string_view refused_connection = "Can't connect to server on '127.0.0.1'";
};

struct postgresql_login {
    static constexpr std::string_view name = "PostgreSQL";
    using driver = quarry::postgresql::driver;
    static std::string user() { return test_servers::setting("QUARRY_TEST_PG_USER"); }
    static std::string password() { return test_servers::setting("QUARRY_TEST_PG_PASSWORD"); }
    static std::string port() { return test_servers::setting("QUARRY_TEST_PG_PORT"); }
    static std::string url(const std::string& password, const std::string& port) {
        return "postgresql://" + user() + ":" + password + "@127.0.0.1:" + port + "/" +
               test_servers::setting("QUARRY_TEST_PG_DATABASE") + "?connect_timeout=5s";
    }
    static constexpr std::string_view refused_login = "password authentication failed for user \"quarry\"";
    static constexpr std::string_view refused_connection = "Connection refused";
};
}  // namespace

TEMPLATE_TEST_CASE("a wrong password throws connection_error with the server's refusal, not the password",
                   "[faults][connect]", mariadb_login, postgresql_login) {
    engine<typename TestType::driver> e{TestType::url("not-the-password", TestType::port())};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string message = message_thrown<connection_error>([&] { e.connect(); });
        CHECK_THAT(message, Contains(std::string(TestType::refused_login)));
        CHECK_THAT(message, Contains("127.0.0.1:" + TestType::port()));
        CHECK_THAT(message, !Contains("not-the-password"));
    }
    CHECK(e.metrics().in_use == 0);
    // The right password, for contrast: the same URL otherwise.
    engine<typename TestType::driver> right{TestType::url(TestType::password(), TestType::port())};
    CHECK(get<0>(right.connect()(select(cast<std::int64_t>(1))).one()) == 1);
}

TEMPLATE_TEST_CASE("a closed port on loopback throws connection_error saying the connection was refused",
                   "[faults][connect]", mariadb_login, postgresql_login) {
    const std::string port = std::to_string(closed_loopback_port());
    engine<typename TestType::driver> e{TestType::url("any", port)};
    const std::string message = message_thrown<connection_error>([&] { e.connect(); });
    CHECK_THAT(message, Contains(std::string(TestType::refused_connection)));
    CHECK_THAT(message, Contains(port));
    CHECK(e.metrics().in_use == 0);
}
