#pragma once
// Two connections that get in each other's way, for the tests of transaction_conflict
// and timeout_error on each backend.
#include <atomic>
#include <cstdint>
#include <latch>
#include <string_view>
#include <thread>

#include <catch2/catch.hpp>
#include <quarry/quarry.hpp>

QUARRY_TABLE(accounts,
    (id,      std::int64_t, primary_key),
    (balance, std::int64_t));

template <class Connection>
void add_two_accounts(Connection& db) {
    using namespace quarry;
    db(drop_table(accounts).if_exists());
    db(create_table(accounts));
    db(insert_into(accounts).columns(accounts.id, accounts.balance).values(1, 100).values(2, 100));
}

template <class Connection>
void add_to_balance(Connection& db, std::int64_t id) {
    using namespace quarry;
    db(update(accounts).set(accounts.balance = accounts.balance + 1).where(accounts.id == id));
}

// Two transactions each lock one account, then ask for the other's: the server must end
// one of them with a deadlock error (its destructor rolls it back, so the other then goes
// on and commits). Returns how many did end so.
template <class Connection>
int deadlocked_transactions(Connection& a, Connection& b) {
    std::latch both_locked{2};
    std::atomic<int> deadlocks{0};
    auto lock_mine_then_theirs = [&](Connection& db, std::int64_t mine, std::int64_t theirs) {
        try {
            auto tx = db.begin();
            add_to_balance(db, mine);
            both_locked.arrive_and_wait();
            add_to_balance(db, theirs);
            tx.commit();
        } catch (const quarry::deadlock&) {
            ++deadlocks;
        }
    };
    std::thread first(lock_mine_then_theirs, std::ref(a), 1, 2);
    std::thread second(lock_mine_then_theirs, std::ref(b), 2, 1);
    first.join();
    second.join();
    return deadlocks;
}

// A session opened with the statement_timeout option ends a long statement with
// timeout_error, and still does after the pool's session reset.
template <class Connection, class Options>
void check_statement_timeout_survives_reset(const Options& options, std::string_view long_statement) {
    Connection db{options};
    CHECK_THROWS_AS(db.execute_sql(long_statement), quarry::timeout_error);
    db.execute_sql("SELECT 1");  // marks the session changed, so the reset is a full one
    db.reset_session();
    CHECK_THROWS_AS(db.execute_sql(long_statement), quarry::timeout_error);
}
