// quarry::decimal and unsigned integers on MariaDB. A DECIMAL travels as exact text
// both ways (bound as NEWDECIMAL, read as the server writes it, the column's scale
// kept), up to MySQL's 65 digits; SUM and AVG of a DECIMAL read into a decimal.
// Unsigned integers are bound with the UNSIGNED flag, so 2^64-1 round-trips through a
// BIGINT UNSIGNED column, and a value that does not fit the field (a negative one, or
// one too big for 32 bits) throws type_mismatch_error instead of wrapping around.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using namespace std::chrono;

QUARRY_NAMED_TABLE(ledger, "mysql_ledger",
    (id,      std::int64_t,                     primary_key, auto_increment),
    (amount,  quarry::decimal,                  precision(12, 2)),
    (balance, std::optional<quarry::decimal>),
    (huge,    std::optional<quarry::decimal>,   precision(65, 0)),
    (visits,  std::optional<std::uint32_t>),
    (views,   std::optional<std::uint64_t>),
    (delta,   std::optional<std::int64_t>),
    (stamped, std::optional<quarry::timestamp>, with_time_zone));

// The same SQL table, with C++ types its values may not fit.
QUARRY_NAMED_TABLE(ledger_misread, "mysql_ledger",
    (id,     std::int64_t,                 primary_key),
    (amount, std::uint64_t),
    (visits, std::optional<quarry::decimal>),
    (views,  std::optional<std::uint32_t>),
    (delta,  std::optional<std::uint64_t>));

namespace {
mysql::connection empty_ledger() {
    mysql::connection db{test_servers::mysql_socket()};
    db(drop_table(ledger).if_exists());
    db(create_table(ledger));
    return db;
}

decimal amount_of(mysql::connection& db, std::int64_t id) {
    return db(select(ledger.amount).from(ledger).where(ledger.id == id)).one().amount;
}
}  // namespace

TEST_CASE("decimal and unsigned columns in MySQL's DDL: DECIMAL(65, 30) unless precision(p, s) says") {
    CHECK(to_sql<mysql::dialect>(create_table(ledger)) ==
          "CREATE TABLE `mysql_ledger` (`id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT, "
          "`amount` DECIMAL(12, 2) NOT NULL, `balance` DECIMAL(65, 30), `huge` DECIMAL(65, 0), "
          "`visits` INT UNSIGNED, `views` BIGINT UNSIGNED, `delta` BIGINT, `stamped` DATETIME(6))");
}

TEST_CASE("a decimal round-trips exactly, read with the column's scale") {
    mysql::connection db = empty_ledger();
    auto insert = [&](const char* amount) {
        return db(insert_into(ledger).set(ledger.amount = decimal(amount))).last_insert_id;
    };
    CHECK(amount_of(db, insert("12.50")).str() == "12.50");
    CHECK(amount_of(db, insert("12.5")).str() == "12.50");  // DECIMAL(12, 2) keeps two digits
    CHECK(amount_of(db, insert("-9999999999.99")).str() == "-9999999999.99");
    CHECK(amount_of(db, insert("0")).str() == "0.00");
    CHECK(amount_of(db, insert("0.01")).str() == "0.01");
}

TEST_CASE("NULL, 65 digits and zero scale: DECIMAL(65, 30) and DECIMAL(65, 0)") {
    mysql::connection db = empty_ledger();
    const std::string nines(65, '9');
    const std::string widest = "-34999999999999999999999999999999999.000000000000000000000000000001";
    auto id = db(insert_into(ledger).set(ledger.amount = decimal("1"), ledger.huge = decimal(nines),
                                         ledger.balance = decimal(widest)))
                  .last_insert_id;
    auto row = db(select(ledger.balance, ledger.huge).from(ledger).where(ledger.id == id)).one();
    CHECK(row.balance == decimal(widest));
    CHECK(row.huge == decimal(nines));
    db(update(ledger).set(ledger.huge = decimal("-" + nines), ledger.balance = decimal("12.5")).where(ledger.id == id));
    row = db(select(ledger.balance, ledger.huge).from(ledger).where(ledger.id == id)).one();
    CHECK(row.balance == decimal("12.500000000000000000000000000000"));  // 30 digits: the column's scale
    CHECK(row.huge == decimal("-" + nines));
    db(update(ledger).set(ledger.huge = std::optional<decimal>{}, ledger.balance = std::optional<decimal>{})
           .where(ledger.id == id));
    row = db(select(ledger.balance, ledger.huge).from(ledger).where(ledger.id == id)).one();
    CHECK(row.balance == std::nullopt);
    CHECK(row.huge == std::nullopt);
}

TEST_CASE("SUM and AVG of a DECIMAL are exact decimals; a decimal compares with integers and decimals") {
    mysql::connection db = empty_ledger();
    db(insert_into(ledger).columns(ledger.amount).values(decimal("0.10")).values(decimal("0.20")).values(decimal("0.30")));
    auto totals = db(select(sum(ledger.amount), avg(ledger.amount)).from(ledger)).one();
    CHECK(get<0>(totals) == decimal("0.60"));      // never 0.6000000000000001
    CHECK(get<1>(totals) == decimal("0.200000"));  // MySQL's AVG adds 4 digits of scale
    CHECK(get<0>(db(select(count()).from(ledger).where(ledger.amount > 0)).one()) == 3);
    CHECK(get<0>(db(select(count()).from(ledger).where(ledger.amount < 1)).one()) == 3);
    CHECK(get<0>(db(select(count()).from(ledger).where(ledger.amount == decimal("0.2"))).one()) == 1);
    CHECK(get<0>(db(select(count()).from(ledger).where(ledger.amount >= decimal("0.15"))).one()) == 2);
    // An empty table sums to NULL.
    db(delete_from(ledger).where(all_rows));
    CHECK(get<0>(db(select(sum(ledger.amount)).from(ledger)).one()) == std::nullopt);
}

TEST_CASE("an integer column reads into a decimal") {
    mysql::connection db = empty_ledger();
    db(insert_into(ledger).set(ledger.amount = decimal("1"), ledger.visits = std::uint32_t{4'000'000'000},
                               ledger.delta = std::int64_t{-42}));
    auto row = db(select(ledger_misread.visits).from(ledger_misread)).one();
    CHECK(row.visits == decimal("4000000000"));
    CHECK(get<0>(db(select(cast<decimal>(ledger.delta)).from(ledger)).one()) ==
          decimal("-42.000000000000000000000000000000"));
}

TEST_CASE("unsigned integers round-trip at their limits, bound as UNSIGNED") {
    mysql::connection db = empty_ledger();
    constexpr std::uint64_t max64 = std::numeric_limits<std::uint64_t>::max();
    constexpr std::uint32_t max32 = std::numeric_limits<std::uint32_t>::max();
    db(insert_into(ledger).set(ledger.amount = decimal("1"), ledger.visits = max32, ledger.views = max64));
    db(insert_into(ledger).set(ledger.amount = decimal("2"), ledger.visits = std::uint32_t{0},
                               ledger.views = std::uint64_t{0}));
    db(insert_into(ledger).set(ledger.amount = decimal("3")));
    auto rows = db(select(ledger.visits, ledger.views).from(ledger).order_by(ledger.id.asc())).to_vector();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].visits == max32);
    CHECK(rows[0].views == 18446744073709551615u);
    CHECK(rows[1].visits == 0u);
    CHECK(rows[1].views == 0u);
    CHECK(rows[2].visits == std::nullopt);
    CHECK(rows[2].views == std::nullopt);
    CHECK(get<0>(db(select(count()).from(ledger).where(ledger.views == max64)).one()) == 1);
    CHECK(get<0>(db(select(max(ledger.views)).from(ledger)).one()) == max64);
    // A non-negative signed value reads into an unsigned field.
    db(update(ledger).set(ledger.delta = std::int64_t{7}).where(all_rows));
    CHECK(db(select(ledger_misread.delta).from(ledger_misread)).to_vector()[0].delta == 7u);
}

TEST_CASE("a value an unsigned field cannot hold is a type mismatch, not a wrapped number") {
    mysql::connection db = empty_ledger();
    auto id = db(insert_into(ledger).set(ledger.amount = decimal("12.50"), ledger.views = std::uint64_t{1} << 32,
                                         ledger.delta = std::int64_t{-1}))
                  .last_insert_id;
    auto misread = [&](auto column) { return db(select(column).from(ledger_misread).where(ledger_misread.id == id)).one(); };
    CHECK_THROWS_AS(misread(ledger_misread.delta), type_mismatch_error);   // -1 into uint64
    CHECK_THROWS_AS(misread(ledger_misread.views), type_mismatch_error);   // 2^32 into uint32
    CHECK_THROWS_AS(misread(ledger_misread.amount), type_mismatch_error);  // 12.50 into uint64
    db(update(ledger).set(ledger.amount = decimal("12.00")).where(ledger.id == id));
    CHECK(misread(ledger_misread.amount).amount == 12u);  // an integral DECIMAL fits
}

TEST_CASE("a with_time_zone timestamp is DATETIME(6) in the UTC session: exact to the microsecond") {
    mysql::connection db = empty_ledger();
    const timestamp moment = sys_days{1969y / July / 20} + 20h + 17min + 40s + 123456us;
    db(insert_into(ledger).set(ledger.amount = decimal("1"), ledger.stamped = moment));
    CHECK(db(select(ledger.stamped).from(ledger).where(ledger.stamped == moment)).one().stamped == moment);
}

TEST_CASE("decimal and unsigned named parameters re-run with new values") {
    mysql::connection db = empty_ledger();
    db(insert_into(ledger).columns(ledger.amount, ledger.views)
           .values(decimal("0.10"), std::uint64_t{1})
           .values(decimal("0.20"), std::numeric_limits<std::uint64_t>::max()));
    // Server-side prepared: the parameter types are sent again when they change.
    auto at_least = db.prepare(select(count()).from(ledger).where(ledger.amount >= parameter<"min">(ledger.amount) &&
                                                                  ledger.views <= parameter<"views">(ledger.views)));
    at_least.set<"min">(decimal("0.15")).set<"views">(std::numeric_limits<std::uint64_t>::max());
    CHECK(get<0>(db(at_least).one()) == 1);
    at_least.set<"min">(decimal("0.1")).set<"views">(std::optional<std::uint64_t>{1});
    CHECK(get<0>(db(at_least).one()) == 1);
    at_least.set<"min">(decimal("-1000000000.00001")).set<"views">(std::numeric_limits<std::uint64_t>::max());
    CHECK(get<0>(db(at_least).one()) == 2);
    at_least.set<"views">(std::optional<std::uint64_t>{});  // NULL: nothing compares
    CHECK(get<0>(db(at_least).one()) == 0);
}
