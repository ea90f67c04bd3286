// What goes wrong on MariaDB beyond what every backend shares: MySQL's own error codes,
// the values MySQL quotes in its messages taken out, CHECK constraints, and data errors
// for MySQL's types. The errors every backend shares are in tests/integration/errors.cpp.
//
// Data errors need rows that disagree with a declaration: a second declaration of the
// same SQL table (as another program version sees it) reads them.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

// `users` with name nullable: writes what the real declaration forbids.
QUARRY_NAMED_TABLE(users_with_optional_name, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, std::optional<std::string>),
    (age,  std::optional<std::int32_t>));

// `users` with name a date and age a bool.
QUARRY_NAMED_TABLE(users_as_dates, "users",
    (id,   std::int64_t, primary_key, auto_increment),
    (name, quarry::date),
    (age,  std::optional<bool>));

// `users` as a program that thinks age is text sees it.
QUARRY_NAMED_TABLE(users_with_text_age, "users", (name, std::string), (age, std::string));

// One DECIMAL(30,2) column, read as an integer and as a double.
QUARRY_NAMED_TABLE(decimals_as_integer, "mysql_decimals", (id, std::int32_t, primary_key), (amount, std::int64_t));
QUARRY_NAMED_TABLE(decimals_as_double, "mysql_decimals", (id, std::int32_t, primary_key), (amount, double));

// A table with a CHECK constraint, created by hand: declarations have no CHECK yet.
QUARRY_NAMED_TABLE(checked, "mysql_checked", (n, std::int32_t));

namespace {
const std::string secret = "s3cr3t-t0ken-8f2a";
}  // namespace

TEST_CASE("a duplicate UNIQUE value throws unique_violation with code, SQLSTATE and SQL, not the value") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = secret));
    try {
        db(insert_into(users).set(users.name = secret));
        FAIL("expected unique_violation");
    } catch (const unique_violation& e) {
        CHECK(e.native_code() == 1062);
        CHECK(e.sqlstate() == "23000");
        CHECK(e.sql() == "INSERT INTO `users` (`name`) VALUES (?)");
        CHECK_THAT(e.what(), Contains("INSERT INTO `users` (`name`) VALUES (?)"));
        // MySQL's message quotes the duplicate value; Quarry takes it out.
        CHECK_THAT(e.what(), Contains("Duplicate entry '?' for key 'name'"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("deleting a row that others still reference is MySQL error 1451, a foreign_key_violation") {
    mysql::connection db = people_database();
    try {
        db(delete_from(employees).where(employees.name == "Ada"));
        FAIL("expected foreign_key_violation");
    } catch (const foreign_key_violation& e) {
        CHECK(e.native_code() == 1451);
    }
    CHECK(get<0>(db(select(count()).from(employees)).one()) == 4);
}

TEST_CASE("NULL into a NOT NULL column, explicit or left out, throws not_null_violation") {
    mysql::connection db = empty_database();
    try {
        db(insert_into(users_with_optional_name).set(users_with_optional_name.name = std::nullopt));
        FAIL("expected not_null_violation");
    } catch (const not_null_violation& e) {
        CHECK(e.native_code() == 1048);
    }
    try {
        db(insert_into(users_with_optional_name).set(users_with_optional_name.age = 30));
        FAIL("expected not_null_violation");
    } catch (const not_null_violation& e) {
        CHECK(e.native_code() == 1364);  // strict mode: no default for `name`
    }
}

TEST_CASE("a value the column cannot take is refused without quoting it") {
    mysql::connection db = empty_database();
    // Strict mode refuses text for the INT column.
    try {
        db(insert_into(users_with_text_age).set(users_with_text_age.name = "Ann", users_with_text_age.age = secret));
        FAIL("expected database_error");
    } catch (const database_error& e) {
        CHECK(e.native_code() == 1366);  // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD
        CHECK_THAT(e.what(), Contains("Incorrect integer value: '?' for column"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEST_CASE("a failed CHECK constraint throws check_violation") {
    mysql::connection db{test_servers::mysql_socket()};
    db.driver().execute("DROP TABLE IF EXISTS mysql_checked");
    db.driver().execute("CREATE TABLE mysql_checked (n INT NOT NULL, CONSTRAINT positive CHECK (n > 0))");
    db(insert_into(checked).set(checked.n = 1));
    try {
        db(insert_into(checked).set(checked.n = -1));
        FAIL("expected check_violation");
    } catch (const check_violation& e) {
        CHECK(e.native_code() == 4025);
        CHECK_THAT(e.what(), Contains("positive"));
    }
}

TEST_CASE("after a failed insert the cached statement reports the next AUTO_INCREMENT id, the failed one spent") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = "Ann"));
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
    CHECK(db(insert_into(users).set(users.name = "Bob")).last_insert_id == 3);  // the failed insert used id 2
}

TEST_CASE("text read into a date, or the integer 2 into a bool, throws type_mismatch_error") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = secret, users.age = 2));
    CHECK_THROWS_AS(db(select(users_as_dates.name).from(users_as_dates)).one(), type_mismatch_error);
    CHECK_THROWS_AS(db(select(users_as_dates.age).from(users_as_dates)).one(), type_mismatch_error);  // 2 is no bool
}

TEST_CASE("a DECIMAL reads into int64 when integral and into double always") {
    mysql::connection db{test_servers::mysql_socket()};
    db.driver().execute("DROP TABLE IF EXISTS mysql_decimals");
    db.driver().execute("CREATE TABLE mysql_decimals (id INT PRIMARY KEY, amount DECIMAL(30,2))");
    db.driver().execute("INSERT INTO mysql_decimals VALUES (1, 2.00), (2, -1.50), (3, 9223372036854775807.00)");
    auto whole = [&](std::int32_t id) {
        return db(select(decimals_as_integer.amount).from(decimals_as_integer).where(decimals_as_integer.id == id))
            .one()
            .amount;
    };
    CHECK(whole(1) == 2);
    CHECK_THROWS_AS(whole(2), type_mismatch_error);
    CHECK(whole(3) == 9223372036854775807);
    CHECK(first_fields(db(select(decimals_as_double.amount).from(decimals_as_double).order_by(decimals_as_double.id.asc()))) ==
          std::vector<double>{2.0, -1.5, 9223372036854775807.0});
}
