// Transactions that get in each other's way on MariaDB, and statements that run out of
// time: the errors retry_on_conflict retries, and the ones it must not.
#include <catch2/catch.hpp>

#include "conflicts.hpp"
#include "database.hpp"

using namespace quarry;

TEST_CASE("two transactions waiting on each other's rows: one ends with deadlock, error 1213") {
    mysql::connection a{test_servers::mysql_socket()};
    mysql::connection b{test_servers::mysql_socket()};
    add_two_accounts(a);
    CHECK(deadlocked_transactions(a, b) == 1);
    // The survivor's two updates, and none of the victim's.
    CHECK(a(select(accounts.balance).from(accounts).where(accounts.id == 1)).one().balance == 101);
    CHECK(a(select(accounts.balance).from(accounts).where(accounts.id == 2)).one().balance == 101);
}

TEST_CASE("waiting on a locked row past innodb_lock_wait_timeout throws timeout_error, error 1205") {
    mysql::connection a{test_servers::mysql_socket()};
    mysql::connection b{test_servers::mysql_socket()};
    add_two_accounts(a);
    b.execute_sql("SET SESSION innodb_lock_wait_timeout = 1");
    auto tx = a.begin();
    add_to_balance(a, 1);
    try {
        add_to_balance(b, 1);
        FAIL("expected timeout_error");
    } catch (const timeout_error& e) {
        CHECK(e.native_code() == 1205);
        CHECK_FALSE(e.retryable());
    }
}

TEST_CASE("a statement past max_statement_time throws timeout_error, error 1969") {
    mysql::connection db{test_servers::mysql_socket()};
    db.execute_sql("SET SESSION max_statement_time = 0.05");
    try {
        db.execute_sql("SELECT SLEEP(2)");
        FAIL("expected timeout_error");
    } catch (const timeout_error& e) {
        CHECK(e.native_code() == 1969);
        CHECK(e.sql() == "SELECT SLEEP(2)");
    }
}

TEST_CASE("the statement_timeout option applies to every statement of the session, and survives a reset") {
    auto options = test_servers::mysql_socket();
    options.statement_timeout = std::chrono::milliseconds(50);
    check_statement_timeout_survives_reset<mysql::connection>(options, "SELECT SLEEP(2)");
}
