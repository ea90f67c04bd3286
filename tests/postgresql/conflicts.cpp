// Transactions that get in each other's way on PostgreSQL, and statements that run out
// of time: the errors retry_on_conflict retries, and the ones it must not.
#include <catch2/catch.hpp>

#include "conflicts.hpp"
#include "fixture.hpp"

using namespace quarry;

TEST_CASE("two transactions waiting on each other's rows: one ends with deadlock, SQLSTATE 40P01") {
    auto a = pg_test::connect();
    auto b = pg_test::connect();
    add_two_accounts(a);
    CHECK(deadlocked_transactions(a, b) == 1);
    // The survivor's two updates, and none of the victim's.
    CHECK(a(select(accounts.balance).from(accounts).where(accounts.id == 1)).one().balance == 101);
    CHECK(a(select(accounts.balance).from(accounts).where(accounts.id == 2)).one().balance == 101);
}

TEST_CASE("a serializable transaction that updates a row changed since it began: serialization_failure, 40001") {
    auto a = pg_test::connect();
    auto b = pg_test::connect();
    add_two_accounts(a);
    auto tx = b.begin({.isolation = isolation_level::serializable});
    CHECK(b(select(accounts.balance).from(accounts).where(accounts.id == 1)).one().balance == 100);
    add_to_balance(a, 1);
    try {
        add_to_balance(b, 1);
        FAIL("expected serialization_failure");
    } catch (const serialization_failure& e) {
        CHECK(e.sqlstate() == "40001");
        CHECK(e.retryable());
    }
}

TEST_CASE("a statement past statement_timeout throws timeout_error, SQLSTATE 57014") {
    auto db = pg_test::connect();
    db.execute_sql("SET statement_timeout = '50ms'");
    try {
        db.execute_sql("SELECT pg_sleep(2)");
        FAIL("expected timeout_error");
    } catch (const timeout_error& e) {
        CHECK(e.sqlstate() == "57014");
        CHECK_FALSE(e.retryable());
    }
}

TEST_CASE("waiting on a locked row past lock_timeout throws timeout_error, SQLSTATE 55P03") {
    auto a = pg_test::connect();
    auto b = pg_test::connect();
    add_two_accounts(a);
    b.execute_sql("SET lock_timeout = '50ms'");
    auto tx = a.begin();
    add_to_balance(a, 1);
    try {
        add_to_balance(b, 1);
        FAIL("expected timeout_error");
    } catch (const timeout_error& e) {
        CHECK(e.sqlstate() == "55P03");
    }
}

TEST_CASE("the statement_timeout option applies to every statement of the session, and survives a reset") {
    auto options = test_servers::postgresql_socket();
    options.statement_timeout = std::chrono::milliseconds(50);
    check_statement_timeout_survives_reset<postgresql::connection>(options, "SELECT pg_sleep(2)");
}
