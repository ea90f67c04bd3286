// SQLite only: its decimals and unsigned integers, which SQLite stores as plain
// numbers. Every other value type round-trips on every backend in
// tests/integration/types.cpp.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <optional>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

using namespace quarry;

QUARRY_TABLE(decimal_ledger,
    (id,     std::int64_t,                 primary_key),
    (amount, quarry::decimal,              precision(12, 2)),
    (views,  std::optional<std::uint64_t>),
    (delta,  std::optional<std::int64_t>));
QUARRY_NAMED_TABLE(unsigned_ledger, "decimal_ledger",
    (id,    std::int64_t, primary_key),
    (delta, std::optional<std::uint64_t>));

// SQLite has no decimal type: a DECIMAL(p, s) column has NUMERIC affinity, which turns
// the bound text "12.50" into the number 12.5 (and "3.00" into the integer 3), so the
// scale is not kept and values beyond a double's 15-17 digits are not exact. Unsigned
// integers are SQLite's signed 64-bit ones: binding more than 2^63-1 throws, and a
// negative value read into an unsigned field is a type mismatch.
TEST_CASE("decimals lose their scale in SQLite's NUMERIC affinity; unsigned integers stop at 2^63-1") {
    sqlite::connection db{":memory:"};
    db(create_table(decimal_ledger));
    db(insert_into(decimal_ledger).set(decimal_ledger.id = 1, decimal_ledger.amount = decimal("12.50"),
                                       decimal_ledger.views = std::uint64_t{9'223'372'036'854'775'807u}));
    db(insert_into(decimal_ledger).set(decimal_ledger.id = 2, decimal_ledger.amount = decimal("-3.00"),
                                       decimal_ledger.delta = std::int64_t{-1}));
    auto rows = db(select(decimal_ledger.amount, decimal_ledger.views)
                       .from(decimal_ledger)
                       .order_by(decimal_ledger.id.asc()))
                    .to_vector();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].amount == decimal("12.5"));
    CHECK(rows[0].views == std::numeric_limits<std::int64_t>::max());
    CHECK(rows[1].amount == decimal("-3"));
    CHECK(rows[1].views == std::nullopt);
    CHECK(get<0>(db(select(sum(decimal_ledger.amount)).from(decimal_ledger)).one()) == decimal("9.5"));
    CHECK(get<0>(db(select(count()).from(decimal_ledger).where(decimal_ledger.amount > 12)).one()) == 1);
    CHECK_THROWS_AS(db(update(decimal_ledger).set(decimal_ledger.views = std::numeric_limits<std::uint64_t>::max())
                           .where(decimal_ledger.id == 1)),
                    type_mismatch_error);
    CHECK_THROWS_AS(db(select(unsigned_ledger.delta).from(unsigned_ledger).where(unsigned_ledger.id == 2)).one(),
                    type_mismatch_error);
}
