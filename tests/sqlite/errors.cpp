// What goes wrong, and what Quarry throws: constraint violations as typed
// exceptions carrying SQLite's code and the SQL text (never the bound values), and
// data errors when a value read back does not fit its C++ field.
//
// Data errors need a database whose contents disagree with the declaration. The
// tests make one the way it happens in practice: a second declaration of the same
// SQL table (`users` as another program version sees it) writes or reads the rows.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "people.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

// `users` with name nullable: writes what the real declaration forbids.
QUARRY_NAMED_TABLE(users_with_optional_name, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, std::optional<std::string>),
    (age,  std::optional<std::int32_t>));

// `users` with age NOT NULL and name an integer: reads what the real rows are not.
QUARRY_NAMED_TABLE(users_misdeclared, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, std::int64_t),
    (age,  std::int32_t));

// `users` with name a date and age a bool.
QUARRY_NAMED_TABLE(users_as_dates, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, quarry::date),
    (age,  std::optional<bool>));

namespace {
const std::string secret = "s3cr3t-t0ken-8f2a";
}  // namespace

TEST_CASE("a duplicate UNIQUE value throws unique_violation with the SQL but not the value") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = secret));
    try {
        db(insert_into(users).set(users.name = secret));
        FAIL("expected unique_violation");
    } catch (const unique_violation& e) {
        CHECK(e.native_code() == SQLITE_CONSTRAINT_UNIQUE);
        CHECK(e.sqlstate().empty());
        CHECK(e.sql() == R"(INSERT INTO "users" ("name") VALUES (?))");
        CHECK_THAT(e.what(), Contains(R"(INSERT INTO "users" ("name") VALUES (?))"));
        CHECK_THAT(e.what(), Contains("UNIQUE constraint failed: users.name"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("a duplicate primary key throws unique_violation") {
    sqlite::connection db{":memory:"};
    db(create_table(employees));
    db(insert_into(employees).set(employees.id = 1, employees.name = "Ada"));
    CHECK_THROWS_AS(db(insert_into(employees).set(employees.id = 1, employees.name = "Ben")), unique_violation);
}

TEST_CASE("a reference to a missing row throws foreign_key_violation") {
    sqlite::connection db{":memory:"};
    add_people(db);
    try {
        db(insert_into(posts).set(posts.title = secret, posts.user_id = 99));
        FAIL("expected foreign_key_violation");
    } catch (const foreign_key_violation& e) {
        CHECK(e.native_code() == SQLITE_CONSTRAINT_FOREIGNKEY);
        CHECK_THAT(e.what(), Contains(R"(INSERT INTO "posts")"));
        CHECK_THAT(e.what(), !Contains(secret));
        CHECK_THAT(e.what(), !Contains("99"));
    }
}

TEST_CASE("deleting a row that others still reference throws foreign_key_violation") {
    sqlite::connection db{":memory:"};
    add_employees(db);
    CHECK_THROWS_AS(db(delete_from(employees).where(employees.name == "Ada")), foreign_key_violation);
    // The failed statement changed nothing.
    CHECK(get<0>(db(select(count()).from(employees)).one()) == 4);
}

TEST_CASE("NULL written into a NOT NULL column throws not_null_violation") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    CHECK_THROWS_AS(db(insert_into(users_with_optional_name).set(users_with_optional_name.age = 30)),
                    not_null_violation);
    CHECK_THROWS_AS(db(insert_into(users_with_optional_name).set(users_with_optional_name.name = std::nullopt)),
                    not_null_violation);
}

TEST_CASE("constraint violations are database_errors, so one handler can catch them all") {
    sqlite::connection db{":memory:"};
    add_people(db);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), constraint_violation);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), database_error);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), quarry::error);
}

TEST_CASE("the connection stays usable after a failed statement") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
    // The same statement, cached after its failure, runs again with new values.
    CHECK(db(insert_into(users).set(users.name = "Bob")).last_insert_id == 2);
}

TEST_CASE("a query on a missing table throws database_error naming the SQL") {
    sqlite::connection db{":memory:"};
    try {
        db(select(users.name).from(users).where(users.name == secret)).to_vector();
        FAIL("expected database_error");
    } catch (const database_error& e) {
        CHECK(e.native_code() == SQLITE_ERROR);
        CHECK_THAT(e.what(), Contains("no such table: users"));
        CHECK_THAT(e.what(), Contains(R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = ?)"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("opening a database in a missing directory throws connection_error") {
    CHECK_THROWS_AS(sqlite::connection{"/nonexistent-quarry-dir/sub/db.sqlite"}, connection_error);
}

TEST_CASE("NULL read into a field that is not optional throws null_value_error") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = "Cleo", users.age = std::nullopt));
    try {
        db(select(users_misdeclared.age).from(users_misdeclared)).one();
        FAIL("expected null_value_error");
    } catch (const null_value_error& e) {
        CHECK(e.column() == "age");
        CHECK(e.sql() == R"(SELECT "users"."age" FROM "users")");
        CHECK_THAT(e.what(), Contains("NULL"));
    }
    CHECK_THROWS_AS(db(select(users_misdeclared.age).from(users_misdeclared)).one(), data_error);
}

TEST_CASE("text read into an integer field throws type_mismatch_error") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = secret, users.age = 30));
    try {
        db(select(users_misdeclared.name).from(users_misdeclared)).one();
        FAIL("expected type_mismatch_error");
    } catch (const type_mismatch_error& e) {
        CHECK(e.column() == "name");
        CHECK_THAT(e.what(), Contains("expected an integer but found text"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("an integer beyond 32 bits read into int32 throws type_mismatch_error") {
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

TEST_CASE("a data error mid-result leaves the query runnable again") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann", users.age = 31));
    db(insert_into(users).set(users.name = "Cleo"));
    auto ages = select(users_misdeclared.age).from(users_misdeclared).order_by(users_misdeclared.id.asc());
    CHECK_THROWS_AS(db(ages).to_vector(), null_value_error);
    db(update(users).set(users.age = 5).where(users.name == "Cleo"));
    CHECK(first_fields(db(ages)) == std::vector<std::int32_t>{31, 5});
}
