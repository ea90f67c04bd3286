// Two connections to one SQLite file getting in each other's way: a writer that waits
// past busy_timeout for another's lock, and, in WAL mode, a transaction whose snapshot
// went stale before it wrote. Both are transaction_conflicts, which retry_on_conflict
// retries. And a statement past statement_timeout, which is not.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <unistd.h>

#include <quarry/sqlite/connection.hpp>

#include "conflicts.hpp"

using namespace quarry;
using namespace std::chrono_literals;

namespace {
sqlite::open_options shared_file() {
    static int files = 0;
    const auto path = std::filesystem::temp_directory_path() /
                      ("quarry_sqlite_conflicts_" + std::to_string(::getpid()) + "_" + std::to_string(++files) + ".db");
    std::filesystem::remove(path);
    sqlite::open_options options{path.string()};
    options.busy_timeout = 50ms;
    return options;
}
}  // namespace

TEST_CASE("a write that waits past busy_timeout for another's lock throws transaction_conflict") {
    const auto file = shared_file();
    sqlite::connection a{file};
    sqlite::connection b{file};
    add_two_accounts(a);
    auto tx = a.begin();
    add_to_balance(a, 1);
    try {
        add_to_balance(b, 2);
        FAIL("expected transaction_conflict");
    } catch (const transaction_conflict& e) {
        CHECK((e.native_code() & 0xff) == SQLITE_BUSY);
        CHECK(e.retryable());
    }
    std::filesystem::remove(file.path);
}

TEST_CASE("in WAL mode, writing from a snapshot another connection made stale throws serialization_failure") {
    const auto file = shared_file();
    sqlite::connection a{file};
    sqlite::connection b{file};
    add_two_accounts(a);
    auto tx = a.begin();
    CHECK(a(select(accounts.balance).from(accounts).where(accounts.id == 1)).one().balance == 100);
    add_to_balance(b, 2);  // commits at once, after a's snapshot
    try {
        add_to_balance(a, 1);
        FAIL("expected serialization_failure");
    } catch (const serialization_failure& e) {
        CHECK(e.native_code() == SQLITE_BUSY_SNAPSHOT);
    }
    std::filesystem::remove(file.path);
}

TEST_CASE("a statement running past statement_timeout is interrupted with timeout_error") {
    sqlite::open_options options{":memory:"};
    options.statement_timeout = 50ms;
    sqlite::connection db{options};
    try {
        // Counts to a billion: seconds of work.
        db.execute_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                       "SELECT count(*) FROM n");
        FAIL("expected timeout_error");
    } catch (const timeout_error& e) {
        CHECK((e.native_code() & 0xff) == SQLITE_INTERRUPT);
    }
    db(create_table(accounts));  // the connection goes on
}

TEST_CASE("a COMMIT refused while a reader holds the file (rollback journal) rolls back, and the next transaction runs") {
    auto file = shared_file();
    file.journal = sqlite::journal_mode::delete_file;
    sqlite::connection writer{file};
    sqlite::connection reader{file};
    add_two_accounts(writer);
    auto tx = writer.begin();
    add_to_balance(writer, 1);
    {
        auto reading = reader.begin();
        CHECK(reader(select(accounts.balance).from(accounts).where(accounts.id == 2)).one().balance == 100);
        CHECK_THROWS_AS(tx.commit(), transaction_conflict);  // COMMIT needs the reader gone
    }
    CHECK_FALSE(writer.in_transaction());
    auto again = writer.begin();
    add_to_balance(writer, 1);
    again.commit();
    CHECK(reader(select(accounts.balance).from(accounts).where(accounts.id == 1)).one().balance == 101);
    std::filesystem::remove(file.path);
}
