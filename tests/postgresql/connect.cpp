// Connecting: over the unix socket and over TCP, the session settings Quarry relies
// on, and failures that name the server and user but never the password.
#include <catch2/catch.hpp>

#include <libpq-fe.h>

#include <string>

#include "fixture.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

QUARRY_ALIAS(answer);

TEST_CASE("connect over the unix socket and over TCP") {
    for (const auto& options : {test_servers::postgresql_socket(), test_servers::postgresql_tcp()}) {
        postgresql::connection db{options};
        REQUIRE(db.native_handle() != nullptr);
        CHECK(PQstatus(db.native_handle()) == CONNECTION_OK);
        CHECK(db(select((cast<std::int64_t>(40) + 2).as(answer))).one().answer == 42);
    }
    postgresql::connection tcp{test_servers::postgresql_tcp()};
    CHECK(std::string(PQhost(tcp.native_handle())) == "127.0.0.1");
}

TEST_CASE("the session runs in UTC with UTF-8 text") {
    postgresql::connection db{test_servers::postgresql_socket()};
    CHECK(std::string(PQparameterStatus(db.native_handle(), "TimeZone")) == "UTC");
    CHECK(std::string(PQparameterStatus(db.native_handle(), "client_encoding")) == "UTF8");
}

TEST_CASE("a wrong password throws connection_error without the password") {
    const std::string wrong = "wr0ng-pa55w0rd-9c1e";
    for (auto options : {test_servers::postgresql_socket(), test_servers::postgresql_tcp()}) {
        options.password = wrong;
        try {
            postgresql::connection db{options};
            FAIL("expected connection_error");
        } catch (const connection_error& e) {
            CHECK_THAT(e.what(), Contains("as user '" + options.user + "'"));
            CHECK_THAT(e.what(), Contains("password authentication failed"));
            CHECK_THAT(e.what(), !Contains(wrong));
            CHECK_THAT(e.what(), !Contains(test_servers::postgresql_socket().password));
        }
    }
}

TEST_CASE("a connection error names the host and port, or the socket directory") {
    auto options = test_servers::postgresql_tcp();
    options.port = 1;  // nothing listens there
    CHECK_THROWS_WITH(postgresql::connection{options}, Contains("could not connect to 127.0.0.1:1 as user"));
    options = test_servers::postgresql_socket();
    options.host = "/nonexistent-quarry-dir";
    CHECK_THROWS_WITH(postgresql::connection{options},
                      Contains("could not connect to the socket in /nonexistent-quarry-dir"));
}

TEST_CASE("a missing database throws connection_error") {
    auto options = test_servers::postgresql_socket();
    options.database = "quarry_no_such_database";
    CHECK_THROWS_AS(postgresql::connection{options}, connection_error);
}

TEST_CASE("a connection closed by the server throws connection_lost on the next statement") {
    auto db = pg_test::connect();
    auto victim = pg_test::connect();
    const int pid = PQbackendPID(victim.native_handle());
    db.driver().execute("SELECT pg_terminate_backend(" + std::to_string(pid) + ")");
    CHECK_THROWS_AS(victim(select(cast<std::int64_t>(1))).one(), connection_lost);
}
