// A query's rows stream from the server one at a time (libpq's single-row mode), so the
// connection is busy until the result ends. These scenarios check that it never shows:
// a statement run while a result is open (the open result reads on from a buffer), an
// error sent in place of row 500, a result abandoned early, and the rows the statement
// events count, and to_vector, which fetches its rows at once.
#include <catch2/catch.hpp>
#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fixture.hpp"

using namespace quarry;

namespace {

// Rows 1..count: the number, NULL text on every third row, else text of i % 1000 'x's
// (long rows outgrow any preallocated buffer), and bytes 0..(i % 7).
auto series(std::int64_t count) {
    return unsafe_sql<std::int64_t, std::optional<std::string>, blob>(
        "SELECT i, CASE WHEN i % 3 = 0 THEN NULL ELSE repeat('x', (i % 1000)::int) END, "
        "substring(decode('00010203040506', 'hex') from 1 for (i % 7)::int) FROM generate_series(1, ?::int8) AS s(i)",
        count);
}

template <class Row>
void check_series_row(const Row& row, std::int64_t expected) {
    CHECK(get<0>(row) == expected);
    if (expected % 3 == 0) CHECK_FALSE(get<1>(row).has_value());
    else CHECK(get<1>(row) == std::string(static_cast<std::size_t>(expected % 1000), 'x'));
    CHECK(get<2>(row).size() == static_cast<std::size_t>(expected % 7));
}

// 1000 / (500 - i): division by zero on row 500.
auto fails_on_row_500() {
    return unsafe_sql<std::int64_t>("SELECT 1000 / (500 - i) FROM generate_series(1, 1000) AS s(i)");
}

std::int64_t count_users(postgresql::connection& db) { return get<0>(db(select(count()).from(users)).one()); }

// While rows stream, libpq reports the connection busy (PQTRANS_ACTIVE); rows fetched at
// once leave it idle.
bool streaming(postgresql::connection& db) { return PQtransactionStatus(db.native_handle()) == PQTRANS_ACTIVE; }

}  // namespace

TEST_CASE("20,000 streamed rows arrive in order with their NULLs, long text and bytes") {
    auto db = pg_test::connect();
    std::int64_t expected = 0;
    for (const auto& row : db(series(20'000))) {
        if (++expected % 997 == 0) check_series_row(row, expected);
        else REQUIRE(get<0>(row) == expected);
    }
    CHECK(expected == 20'000);
}

TEST_CASE("a statement run while a result streams: the open result reads on, every row intact") {
    auto db = pg_test::connect();
    add_people(db);
    std::int64_t expected = 0;
    for (const auto& row : db(series(1000))) {
        check_series_row(row, ++expected);
        if (expected == 10) {
            CHECK(count_users(db) == 4);  // a query, an INSERT and a nested result, mid-stream
            db(insert_into(users).set(users.name = "Eve"));
            CHECK(db(series(3)).to_vector().size() == 3);
        }
    }
    CHECK(expected == 1000);
    CHECK(count_users(db) == 5);
}

TEST_CASE("an error in place of row 500 throws value_rejected after 499 rows; the connection runs on") {
    auto db = pg_test::connect();
    add_people(db);
    int read = 0;
    CHECK_THROWS_AS(
        [&] {
            for (const auto& row : db(fails_on_row_500())) read += get<0>(row) != 0;
        }(),
        value_rejected);
    CHECK(read == 499);
    CHECK(count_users(db) == 4);
}

TEST_CASE("an error among rows buffered for another statement is thrown when the reader reaches it") {
    auto db = pg_test::connect();
    add_people(db);
    int read = 0;
    CHECK_THROWS_AS(
        [&] {
            for (const auto& row : db(fails_on_row_500())) {
                if (++read == 1) CHECK(count_users(db) == 4);
                CHECK(get<0>(row) == 1000 / (500 - read));
            }
        }(),
        value_rejected);
    CHECK(read == 499);
    CHECK(count_users(db) == 4);
}

TEST_CASE("a result abandoned early leaves the connection free, inside a transaction too") {
    auto db = pg_test::connect();
    add_people(db);
    CHECK(get<0>(*db(series(20'000)).first()) == 1);
    CHECK(count_users(db) == 4);
    {
        auto tx = db.begin();
        db(insert_into(users).set(users.name = "Eve"));
        for (const auto& row : db(series(20'000))) {
            CHECK(get<0>(row) == 1);
            break;
        }
        CHECK_THROWS_AS(db(series(2)).one(), usage_error);
        CHECK(count_users(db) == 5);
        tx.commit();
    }
    CHECK(count_users(db) == 5);
}

TEST_CASE("statement events count the rows read from a streamed result, to its end or abandoned") {
    auto db = pg_test::connect();
    std::vector<std::int64_t> rows;
    db.on_statement([&](const statement_event& e) {
        if (e.returns_rows) rows.push_back(e.rows);
    });
    CHECK(db(series(1000)).to_vector().size() == 1000);
    int read = 0;
    for (const auto& row : db(series(1000))) {
        if (++read == 3) break;
        CHECK(get<0>(row) == read);
    }
    CHECK(rows == std::vector<std::int64_t>{1000, 3});
}

TEST_CASE("while a result streams, in_transaction() tells whether a transaction is open, and one can begin") {
    auto db = pg_test::connect();
    add_people(db);
    for (const auto& row : db(series(3))) {
        CHECK_FALSE(db.in_transaction());
        auto tx = db.begin();
        db(insert_into(users).set(users.name = "row " + std::to_string(get<0>(row))));
        CHECK(db.in_transaction());
        tx.commit();
    }
    auto tx = db.begin();
    for (const auto& row : db(series(2))) CHECK((db.in_transaction() && get<0>(row) > 0));
    tx.rollback();
    CHECK(count_users(db) == 7);
}

TEST_CASE("a statement whose last run returned one row runs buffered: many rows, nesting and errors still work") {
    auto db = pg_test::connect();
    add_people(db);
    auto rows_up_to = [&](std::int64_t n) { return db(series(n)).to_vector().size(); };
    for (std::int64_t n : {1, 1, 5000, 1, 5000, 5000}) CHECK(rows_up_to(n) == static_cast<std::size_t>(n));
    CHECK(rows_up_to(1) == 1);
    std::int64_t expected = 0;
    for (const auto& row : db(series(1000))) {
        check_series_row(row, ++expected);
        if (expected == 2) CHECK(count_users(db) == 4);
    }
    CHECK(expected == 1000);
}

TEST_CASE("buffer_rows fetches an execution's rows at once; the next execution streams again") {
    auto db = pg_test::connect();
    postgresql::driver& driver = db.driver();
    auto statement = driver.prepare("SELECT i FROM generate_series(1, 1000) AS s(i)");
    driver.buffer_rows(statement);
    REQUIRE(driver.step(statement));
    CHECK_FALSE(streaming(db));
    int rows = 1;
    while (driver.step(statement)) ++rows;
    CHECK(rows == 1000);
    driver.reset(statement);
    REQUIRE(driver.step(statement));
    CHECK(streaming(db));
    driver.reset(statement);
    CHECK_FALSE(streaming(db));
}

TEST_CASE("to_vector and a streamed loop over the same statement, in turn and nested, read every row") {
    auto db = pg_test::connect();
    add_people(db);
    auto check_all = [](const auto& rows, std::int64_t count) {
        REQUIRE(rows.size() == static_cast<std::size_t>(count));
        for (std::int64_t i = 1; i <= count; ++i) check_series_row(rows[static_cast<std::size_t>(i - 1)], i);
    };
    check_all(db(series(2000)).to_vector(), 2000);
    std::int64_t expected = 0;
    for (const auto& row : db(series(2000))) {
        if (expected == 0) CHECK(streaming(db));  // to_vector's buffering was for its own run only
        check_series_row(row, ++expected);
        if (expected == 7) {
            check_all(db(series(1500)).to_vector(), 1500);  // the same statement, nested: a one-off
            CHECK(count_users(db) == 4);
        }
    }
    CHECK(expected == 2000);
    check_all(db(series(2000)).to_vector(), 2000);
}

TEST_CASE("to_vector allocates its vector once, for the rows the execution returned") {
    auto db = pg_test::connect();
    const auto rows = db(series(2000)).to_vector();
    CHECK(rows.size() == 2000);
    CHECK(rows.capacity() == 2000);  // grown by doubling, it would hold 2048
    CHECK(db(series(0)).to_vector().capacity() == 0);
}
