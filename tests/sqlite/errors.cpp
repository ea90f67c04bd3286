// SQLite only: opening a file that cannot be, a CAST to int32 that SQLite computes in
// 64 bits (PostgreSQL refuses such a CAST on the server), and reading values of
// SQLite's own storage classes: a date is text there, and a bool an integer. The
// errors every backend shares are in tests/integration/errors.cpp.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

using namespace quarry;

// `users` with name a date and age a bool.
QUARRY_NAMED_TABLE(users_as_dates, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, quarry::date),
    (age,  std::optional<bool>));

TEST_CASE("opening a database in a missing directory throws connection_error") {
    CHECK_THROWS_AS(sqlite::connection{"/nonexistent-quarry-dir/sub/db.sqlite"}, connection_error);
}

TEST_CASE("CAST to int32 of an integer beyond 32 bits throws type_mismatch_error when read") {
    sqlite::connection db{":memory:"};
    db(create_table(employees));
    db(insert_into(employees).set(employees.id = std::int64_t{3'000'000'000}, employees.name = "Big"));
    db(insert_into(employees).set(employees.id = std::int64_t{-2'147'483'649}, employees.name = "Small"));
    CHECK_THROWS_AS(db(select(cast<std::int32_t>(employees.id)).from(employees).where(employees.name == "Big")).one(),
                    type_mismatch_error);
    CHECK_THROWS_AS(db(select(cast<std::int32_t>(employees.id)).from(employees).where(employees.name == "Small")).one(),
                    type_mismatch_error);
}

TEST_CASE("text that is not a date, or an integer that is not 0 or 1, throws type_mismatch_error") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = "2024-13-01", users.age = 1));
    db(insert_into(users).set(users.name = "2024-12-01", users.age = 2));
    CHECK_THROWS_AS(db(select(users_as_dates.name).from(users_as_dates).where(users_as_dates.id == 1)).one(),
                    type_mismatch_error);
    CHECK(db(select(users_as_dates.name).from(users_as_dates).where(users_as_dates.id == 2)).one().name ==
          std::chrono::sys_days{std::chrono::year{2024} / 12 / 1});
    CHECK(db(select(users_as_dates.age).from(users_as_dates).where(users_as_dates.id == 1)).one().age == true);
    CHECK_THROWS_AS(db(select(users_as_dates.age).from(users_as_dates).where(users_as_dates.id == 2)).one(),
                    type_mismatch_error);
}
