// What goes wrong, and what Quarry throws on MariaDB: constraint violations typed by
// MySQL error code, with the code, SQLSTATE and SQL text but never bound values; and
// data errors when a column's type, from the result metadata, does not fit the field.
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

// `users` with name an integer and age NOT NULL.
QUARRY_NAMED_TABLE(users_misdeclared, "users",
    (id,   std::int32_t, primary_key, auto_increment),
    (name, std::int64_t),
    (age,  std::int32_t));

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

TEST_CASE("foreign key violations: a missing parent, and deleting a referenced row") {
    mysql::connection db = people_database();
    try {
        db(insert_into(posts).set(posts.title = "x", posts.user_id = 99));
        FAIL("expected foreign_key_violation");
    } catch (const foreign_key_violation& e) {
        CHECK(e.native_code() == 1452);
        CHECK(e.sqlstate() == "23000");
    }
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

TEST_CASE("a query on a missing table throws database_error with code, SQLSTATE and SQL") {
    mysql::connection db{test_servers::mysql_socket()};
    db.driver().execute("DROP TABLE IF EXISTS mysql_checked");
    try {
        db(select(checked.n).from(checked).where(checked.n == 12345)).to_vector();
        FAIL("expected database_error");
    } catch (const database_error& e) {
        CHECK(e.native_code() == 1146);
        CHECK(e.sqlstate() == "42S02");
        CHECK(e.sql() == "SELECT `mysql_checked`.`n` FROM `mysql_checked` WHERE `mysql_checked`.`n` = ?");
        CHECK_THAT(e.what(), !Contains("12345"));
    }
}

TEST_CASE("the connection and the cached statement stay usable after a failure") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = "Ann"));
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
    CHECK(db(insert_into(users).set(users.name = "Bob")).last_insert_id == 3);  // the failed insert used id 2
}

TEST_CASE("NULL read into a field that is not optional throws null_value_error naming column and SQL") {
    mysql::connection db = people_database();
    try {
        db(select(users_misdeclared.age).from(users_misdeclared).where(users_misdeclared.id == 3)).one();
        FAIL("expected null_value_error");
    } catch (const null_value_error& e) {
        CHECK(e.column() == "age");
        CHECK(e.sql() == "SELECT `users`.`age` FROM `users` WHERE `users`.`id` = ?");
    }
}

TEST_CASE("text read into an integer, or an integer into a date, throws type_mismatch_error") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = secret, users.age = 2));
    try {
        db(select(users_misdeclared.name).from(users_misdeclared)).one();
        FAIL("expected type_mismatch_error");
    } catch (const type_mismatch_error& e) {
        CHECK(e.column() == "name");
        CHECK_THAT(e.what(), Contains("expected an integer within 64 bits but found text"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
    CHECK_THROWS_AS(db(select(users_as_dates.name).from(users_as_dates)).one(), type_mismatch_error);
    CHECK_THROWS_AS(db(select(users_as_dates.age).from(users_as_dates)).one(), type_mismatch_error);  // 2 is no bool
}

TEST_CASE("an integer beyond 32 bits read into int32 throws type_mismatch_error") {
    mysql::connection db = empty_database();
    db(insert_into(employees).set(employees.id = std::int64_t{3'000'000'000}, employees.name = "Big"));
    db(insert_into(employees).set(employees.id = std::int64_t{-2'147'483'649}, employees.name = "Small"));
    db(insert_into(employees).set(employees.id = std::int64_t{-2'147'483'648}, employees.name = "Min"));
    auto as_int32 = [&](const char* name) {
        return db(select(cast<std::int32_t>(employees.id)).from(employees).where(employees.name == name)).one();
    };
    CHECK_THROWS_AS(as_int32("Big"), type_mismatch_error);
    CHECK_THROWS_AS(as_int32("Small"), type_mismatch_error);
    CHECK(get<0>(as_int32("Min")) == -2'147'483'648);
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

TEST_CASE("a data error mid-result leaves the query runnable again") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = "Ann", users.age = 31));
    db(insert_into(users).set(users.name = "Cleo"));
    auto ages = select(users_misdeclared.age).from(users_misdeclared).order_by(users_misdeclared.id.asc());
    CHECK_THROWS_AS(db(ages).to_vector(), null_value_error);
    db(update(users).set(users.age = 5).where(users.name == "Cleo"));
    CHECK(first_fields(db(ages)) == std::vector<std::int32_t>{31, 5});
}
