// Connecting over the socket and over TCP, the session the driver sets up, and a
// refused login that names the user and server but never the password.
#include <catch2/catch.hpp>

#include <string>

#include "database.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

namespace {
std::string session_variable(mysql::connection& db, const char* sql) {
    // A variable read through the C API, as a user with native_handle() would.
    MYSQL* handle = db.native_handle();
    REQUIRE(mysql_query(handle, sql) == 0);
    MYSQL_RES* result = mysql_store_result(handle);
    REQUIRE(result != nullptr);
    MYSQL_ROW row = mysql_fetch_row(result);
    std::string value = row && row[0] ? row[0] : "";
    mysql_free_result(result);
    return value;
}
}  // namespace

TEST_CASE("connects over the unix socket and over TCP") {
    mysql::connection over_socket{test_servers::mysql_socket()};
    mysql::connection over_tcp{test_servers::mysql_tcp()};
    CHECK(session_variable(over_socket, "SELECT @@hostname IS NOT NULL") == "1");
    CHECK(std::string(mysql_get_host_info(over_socket.native_handle())).find("socket") != std::string::npos);
    CHECK(std::string(mysql_get_host_info(over_tcp.native_handle())).find("TCP") != std::string::npos);
}

TEST_CASE("the session speaks utf8mb4 in UTC and keeps the server's strict sql_mode") {
    mysql::connection db{test_servers::mysql_socket()};
    CHECK(session_variable(db, "SELECT @@character_set_client") == "utf8mb4");
    CHECK(session_variable(db, "SELECT @@character_set_results") == "utf8mb4");
    CHECK(session_variable(db, "SELECT @@time_zone") == "+00:00");
    CHECK_THAT(session_variable(db, "SELECT @@sql_mode"), Contains("STRICT_TRANS_TABLES"));
}

TEST_CASE("a wrong password throws connection_error naming user and server, not the password") {
    auto options = test_servers::mysql_tcp();
    options.password = "wr0ng-s3cret-pw";
    try {
        mysql::connection db{options};
        FAIL("expected connection_error");
    } catch (const connection_error& e) {
        CHECK(e.native_code() == 1045);  // ER_ACCESS_DENIED_ERROR
        CHECK(e.sqlstate() == "28000");
        CHECK_THAT(e.what(), Contains("Access denied"));
        CHECK_THAT(e.what(), Contains("as user '" + options.user + "'"));
        CHECK_THAT(e.what(), Contains("127.0.0.1:" + std::to_string(options.port)));
        CHECK_THAT(e.what(), !Contains(options.password));
    }
}

TEST_CASE("a missing socket throws connection_error naming the socket") {
    auto options = test_servers::mysql_socket();
    options.unix_socket = "/nonexistent-quarry/mysql.sock";
    try {
        mysql::connection db{options};
        FAIL("expected connection_error");
    } catch (const connection_error& e) {
        CHECK_THAT(e.what(), Contains("socket /nonexistent-quarry/mysql.sock"));
        CHECK_THAT(e.what(), !Contains(options.password));
    }
}

TEST_CASE("a connection killed by the server throws connection_lost on the next statement") {
    mysql::connection victim{test_servers::mysql_socket()};
    mysql::connection killer{test_servers::mysql_socket()};
    const std::string id = std::to_string(mysql_thread_id(victim.native_handle()));
    REQUIRE(mysql_query(killer.native_handle(), ("KILL " + id).c_str()) == 0);
    CHECK_THROWS_AS(victim(select(count()).from(users)).one(), connection_lost);
}
