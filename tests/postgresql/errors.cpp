// What goes wrong on PostgreSQL beyond what every backend shares: PostgreSQL's own
// messages kept but its DETAIL ("Key (name)=(...) already exists") left out, CHECK
// constraints, a failed statement re-run, and data errors for PostgreSQL's types.
// The errors every backend shares are in tests/integration/errors.cpp.
//
// Data errors need rows that disagree with the declaration: a second declaration of
// the same SQL table (as another program version sees it) reads them.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fixture.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

// `users` with age NOT NULL and name an integer: reads what the real rows are not.
QUARRY_NAMED_TABLE(users_misdeclared, "users",
    (id,   std::int32_t, primary_key, auto_increment),
    (name, std::int64_t),
    (age,  std::int32_t));

// `users` with name a date, age a bool and id a string.
QUARRY_NAMED_TABLE(users_as_dates, "users",
    (id,   std::string, primary_key),
    (name, quarry::date),
    (age,  std::optional<bool>));

namespace {
const std::string secret = "s3cr3t-t0ken-8f2a";
}  // namespace

TEST_CASE("a duplicate UNIQUE value keeps PostgreSQL's message but not its DETAIL, which quotes the value") {
    auto db = pg_test::connect();
    db(create_table(users));
    db(insert_into(users).set(users.name = secret));
    try {
        db(insert_into(users).set(users.name = secret));
        FAIL("expected unique_violation");
    } catch (const unique_violation& e) {
        CHECK(e.native_code() == 0);
        CHECK(e.sqlstate() == "23505");
        CHECK(e.sql() == R"(INSERT INTO "users" ("name") VALUES ($1))");
        CHECK_THAT(e.what(), Contains(R"(INSERT INTO "users" ("name") VALUES ($1))"));
        CHECK_THAT(e.what(), Contains("duplicate key value violates unique constraint"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("a CHECK constraint throws check_violation") {
    auto db = pg_test::connect();
    db(create_table(users));
    db.driver().execute(R"(ALTER TABLE "users" ADD CONSTRAINT "adult" CHECK ("age" >= 18))");
    try {
        db(insert_into(users).set(users.name = secret, users.age = 12));
        FAIL("expected check_violation");
    } catch (const check_violation& e) {
        CHECK(e.sqlstate() == "23514");
        CHECK_THAT(e.what(), Contains("violates check constraint \"adult\""));
        CHECK_THAT(e.what(), !Contains(secret));
    }
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann", users.age = 12)), constraint_violation);
}

TEST_CASE("a cached statement that failed several times in a row runs again") {
    auto db = pg_test::connect();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    for (int i = 0; i < 3; ++i) CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
    CHECK(db(insert_into(users).set(users.name = "Bob")).rows_affected == 1);
}

TEST_CASE("a query on a missing table carries PostgreSQL's message, and its cached statement runs once the table exists") {
    auto db = pg_test::connect();
    try {
        db(select(users.name).from(users).where(users.name == secret)).to_vector();
        FAIL("expected database_error");
    } catch (const database_error& e) {
        CHECK(e.sqlstate() == "42P01");
        CHECK_THAT(e.what(), Contains(R"(relation "users" does not exist)"));
        CHECK_THAT(e.what(), Contains(R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = $1)"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
    // The same cached statement works once the table exists.
    db(create_table(users));
    CHECK(db(select(users.name).from(users).where(users.name == secret)).to_vector().empty());
    CHECK(db(select(users.name).from(users).where(users.name == secret)).to_vector().empty());
}

TEST_CASE("a value of another type throws type_mismatch_error naming both types") {
    auto db = pg_test::connect();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann", users.age = 1));
    CHECK_THROWS_WITH(db(select(users_as_dates.name).from(users_as_dates)).one(),
                      Contains("expected a date but found text"));
    CHECK_THROWS_WITH(db(select(users_as_dates.age).from(users_as_dates)).one(),
                      Contains("expected a boolean but found an integer"));
    CHECK_THROWS_WITH(db(select(users_as_dates.id).from(users_as_dates)).one(),
                      Contains("expected text but found an integer"));
}

TEST_CASE("integers out of int32 range, or fractional NUMERIC, throw type_mismatch_error") {
    auto db = pg_test::connect();
    db(create_table(users));
    db.driver().execute(R"(INSERT INTO "users" ("id", "name", "age") VALUES (3000000000, 'Big', 1), (1, 'Ann', 2))");
    CHECK_THROWS_WITH(db(select(users_misdeclared.id).from(users_misdeclared).where(users_misdeclared.age == 1)).one(),
                      Contains("expected an integer within 32 bits but found an integer"));
    CHECK(db(select(users_misdeclared.id).from(users_misdeclared).where(users_misdeclared.age == 2)).one().id == 1);
    // SUM(id) over int8 is NUMERIC 3000000001: fits int64.
    CHECK(get<0>(db(select(sum(users.id)).from(users)).one()) == 3'000'000'001);
    // A NUMERIC column reads into an integer only when the value is whole.
    db.driver().execute(R"(ALTER TABLE "users" ALTER COLUMN "age" TYPE NUMERIC(10, 1))");
    db.driver().execute(R"(UPDATE "users" SET "age" = "age" + 0.5 WHERE "id" = 1)");
    CHECK(db(select(users.age).from(users).where(users.id != 1)).one().age == 1);
    CHECK_THROWS_WITH(db(select(users.age).from(users).where(users.id == 1)).one(),
                      Contains("expected an integer within 32 bits but found numeric"));
    CHECK(get<0>(db(select(cast<double>(users.age)).from(users).where(users.id == 1)).one()) == 2.5);
}
