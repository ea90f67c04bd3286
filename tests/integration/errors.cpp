// What goes wrong, and what Quarry throws on every backend: constraint violations as
// typed exceptions carrying the backend's code, SQLSTATE and the SQL text (never the
// bound values), and data errors when a value read back does not fit its C++ field.
// The exception types are the same everywhere; the codes are each backend's own.
//
// Data errors need a database whose contents disagree with the declaration. The
// tests make one the way it happens in practice: a second declaration of the same
// SQL table (`users` as another program version sees it) writes or reads the rows.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

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

// `employees` with a 32-bit id.
QUARRY_NAMED_TABLE(employees_with_int32_id, "employees",
    (id,      std::int32_t, primary_key),
    (name,    std::string),
    (boss_id, std::optional<std::int64_t>));

namespace {
const std::string secret = "s3cr3t-t0ken-8f2a";

// A backend's native error code and SQLSTATE for one kind of failure.
struct code {
    int native;
    std::string sqlstate;
};

template <class Backend>
code expected(code sqlite, code mariadb, code postgresql) {
    if constexpr (is_sqlite<Backend>) return sqlite;
    else if constexpr (is_mariadb<Backend>) return mariadb;
    else return postgresql;
}

template <class Backend>
void check_code(const database_error& e, code sqlite, code mariadb, code postgresql) {
    const code want = expected<Backend>(std::move(sqlite), std::move(mariadb), std::move(postgresql));
    CHECK(e.native_code() == want.native);
    CHECK(e.sqlstate() == want.sqlstate);
}
}  // namespace

TEMPLATE_TEST_CASE("a duplicate UNIQUE value throws unique_violation with the SQL but not the value", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = secret));
    try {
        db(insert_into(users).set(users.name = secret));
        FAIL("expected unique_violation");
    } catch (const unique_violation& e) {
        check_code<TestType>(e, {SQLITE_CONSTRAINT_UNIQUE, ""}, {1062, "23000"}, {0, "23505"});
        const std::string sql(per_backend<TestType>(R"(INSERT INTO "users" ("name") VALUES (?))",
                                                    "INSERT INTO `users` (`name`) VALUES (?)",
                                                    R"(INSERT INTO "users" ("name") VALUES ($1))"));
        CHECK(e.sql() == sql);
        CHECK_THAT(e.what(), Contains(sql));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEMPLATE_TEST_CASE("a duplicate primary key throws unique_violation", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(employees));
    db(insert_into(employees).set(employees.id = 1, employees.name = "Ada"));
    CHECK_THROWS_AS(db(insert_into(employees).set(employees.id = 1, employees.name = "Ben")), unique_violation);
}

TEMPLATE_TEST_CASE("a reference to a missing row throws foreign_key_violation", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    try {
        // A key no process id (in the database's name) can contain.
        db(insert_into(posts).set(posts.title = secret, posts.user_id = 987'654'321'987));
        FAIL("expected foreign_key_violation");
    } catch (const foreign_key_violation& e) {
        check_code<TestType>(e, {SQLITE_CONSTRAINT_FOREIGNKEY, ""}, {1452, "23000"}, {0, "23503"});
        CHECK_THAT(e.what(), Contains(std::string(per_backend<TestType>(R"(INSERT INTO "posts")", "INSERT INTO `posts`",
                                                                       R"(INSERT INTO "posts")"))));
        CHECK_THAT(e.what(), !Contains(secret));
        CHECK_THAT(e.what(), !Contains("987654321987"));
    }
}

TEMPLATE_TEST_CASE("deleting a row that others still reference throws foreign_key_violation", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    CHECK_THROWS_AS(db(delete_from(employees).where(employees.name == "Ada")), foreign_key_violation);
    // The failed statement changed nothing.
    CHECK(get<0>(db(select(count()).from(employees)).one()) == 4);
}

TEMPLATE_TEST_CASE("NULL written into a NOT NULL column, explicit or left out, throws not_null_violation", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    CHECK_THROWS_AS(db(insert_into(users_with_optional_name).set(users_with_optional_name.age = 30)),
                    not_null_violation);
    CHECK_THROWS_AS(db(insert_into(users_with_optional_name).set(users_with_optional_name.name = std::nullopt)),
                    not_null_violation);
}

TEMPLATE_TEST_CASE("constraint violations are database_errors, so one handler can catch them all", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), constraint_violation);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), database_error);
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), quarry::error);
}

TEMPLATE_TEST_CASE("the connection stays usable after a failed statement", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
    // The same statement, cached after its failure, runs again with new values.
    CHECK(db(insert_into(users).set(users.name = "Bob")).rows_affected == 1);
    CHECK(user_names(db) == std::vector<std::string>{"Ann", "Bob"});
}

TEMPLATE_TEST_CASE("a query on a missing table throws programming_error naming the SQL", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    try {
        db(select(users.name).from(users).where(users.name == secret)).to_vector();
        FAIL("expected programming_error");
    } catch (const programming_error& e) {
        check_code<TestType>(e, {SQLITE_ERROR, ""}, {1146, "42S02"}, {0, "42P01"});
        CHECK_THAT(e.what(), Contains(std::string(per_backend<TestType>(
                                 R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = ?)",
                                 "SELECT `users`.`name` FROM `users` WHERE `users`.`name` = ?",
                                 R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = $1)"))));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEMPLATE_TEST_CASE("SQL the backend cannot parse throws syntax_error with its code", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    try {
        db.execute_sql("SELEC 1");
        FAIL("expected syntax_error");
    } catch (const syntax_error& e) {
        check_code<TestType>(e, {SQLITE_ERROR, ""}, {1064, "42000"}, {0, "42601"});
        CHECK(e.sql() == "SELEC 1");
        CHECK_FALSE(e.retryable());
    }
}

TEMPLATE_TEST_CASE("NULL read into a field that is not optional throws null_value_error", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Cleo", users.age = std::nullopt));
    try {
        db(select(users_misdeclared.age).from(users_misdeclared)).one();
        FAIL("expected null_value_error");
    } catch (const null_value_error& e) {
        CHECK(e.column() == "age");
        CHECK(e.sql() == per_backend<TestType>(R"(SELECT "users"."age" FROM "users")", "SELECT `users`.`age` FROM `users`",
                                               R"(SELECT "users"."age" FROM "users")"));
        CHECK_THAT(e.what(), Contains("NULL"));
    }
    CHECK_THROWS_AS(db(select(users_misdeclared.age).from(users_misdeclared)).one(), data_error);
}

TEMPLATE_TEST_CASE("text read into an integer field throws type_mismatch_error", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = secret, users.age = 30));
    try {
        db(select(users_misdeclared.name).from(users_misdeclared)).one();
        FAIL("expected type_mismatch_error");
    } catch (const type_mismatch_error& e) {
        CHECK(e.column() == "name");
        CHECK_THAT(e.what(), Contains("expected an integer") && Contains("but found text"));
        CHECK_THAT(e.what(), !Contains(secret));
    }
}

TEMPLATE_TEST_CASE("an integer beyond 32 bits read into int32 throws type_mismatch_error", "[errors]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(employees));
    db(insert_into(employees).set(employees.id = std::int64_t{3'000'000'000}, employees.name = "Big"));
    db(insert_into(employees).set(employees.id = std::int64_t{-2'147'483'649}, employees.name = "Small"));
    db(insert_into(employees).set(employees.id = std::int64_t{-2'147'483'648}, employees.name = "Min"));
    auto id_of = [&](const char* name) {
        return db(select(employees_with_int32_id.id).from(employees_with_int32_id)
                      .where(employees_with_int32_id.name == name)).one().id;
    };
    CHECK_THROWS_AS(id_of("Big"), type_mismatch_error);
    CHECK_THROWS_AS(id_of("Small"), type_mismatch_error);
    CHECK(id_of("Min") == -2'147'483'648);
}

TEMPLATE_TEST_CASE("a data error mid-result leaves the query runnable again", "[errors]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann", users.age = 31));
    db(insert_into(users).set(users.name = "Cleo"));
    auto ages = select(users_misdeclared.age).from(users_misdeclared).order_by(users_misdeclared.id.asc());
    CHECK_THROWS_AS(db(ages).to_vector(), null_value_error);
    db(update(users).set(users.age = 5).where(users.name == "Cleo"));
    CHECK(first_fields(db(ages)) == std::vector<std::int32_t>{31, 5});
}
