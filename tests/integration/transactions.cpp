// Transactions on every backend: commit keeps the work, anything else rolls it back
// (an explicit rollback, the destructor, an exception). A transaction begun inside
// another is a savepoint that commits or rolls back on its own.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

namespace {
template <class Connection>
void add_user(Connection& db, const std::string& name) {
    db(insert_into(users).set(users.name = name));
}
}  // namespace

TEMPLATE_TEST_CASE("commit keeps the work", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto tx = db.begin();
    add_user(db, "Ann");
    CHECK(tx.active());
    tx.commit();
    CHECK_FALSE(tx.active());
    CHECK(user_names(db) == names{"Ann"});
}

TEMPLATE_TEST_CASE("rollback discards the work", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    add_user(db, "Ann");
    auto tx = db.begin();
    add_user(db, "Bob");
    CHECK(user_names(db) == names{"Ann", "Bob"});  // visible inside the transaction
    tx.rollback();
    CHECK(user_names(db) == names{"Ann"});
}

TEMPLATE_TEST_CASE("a transaction that is never committed rolls back when destroyed", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    {
        auto tx = db.begin();
        add_user(db, "Ann");
    }
    CHECK(user_names(db).empty());
}

TEMPLATE_TEST_CASE("an exception thrown inside a transaction rolls it back", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    CHECK_THROWS_AS(
        [&] {
            auto tx = db.begin();
            add_user(db, "Ann");
            throw std::runtime_error("something failed");
        }(),
        std::runtime_error);
    CHECK(user_names(db).empty());
}

TEMPLATE_TEST_CASE("a failed statement inside a transaction rolls back the earlier work too", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    CHECK_THROWS_AS(
        [&] {
            auto tx = db.begin();
            add_user(db, "Ann");
            add_user(db, "Ann");  // unique_violation
            tx.commit();
        }(),
        unique_violation);
    CHECK(user_names(db).empty());
    // A new transaction can begin afterwards.
    auto tx = db.begin();
    add_user(db, "Bob");
    tx.commit();
    CHECK(user_names(db) == names{"Bob"});
}

TEMPLATE_TEST_CASE("a failed statement inside a savepoint is undone with it; the transaction goes on",
                   "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto tx = db.begin();
    add_user(db, "Ann");
    {
        auto attempt = db.begin();
        CHECK_THROWS_AS(add_user(db, "Ann"), unique_violation);
    }
    add_user(db, "Bob");
    tx.commit();
    CHECK(user_names(db) == names{"Ann", "Bob"});
}

TEMPLATE_TEST_CASE("a nested transaction rolled back keeps the outer work", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto outer = db.begin();
    add_user(db, "Ann");
    {
        auto inner = db.begin();
        add_user(db, "Bob");
        inner.rollback();
    }
    add_user(db, "Cleo");
    outer.commit();
    CHECK(user_names(db) == names{"Ann", "Cleo"});
}

TEMPLATE_TEST_CASE("a nested transaction left without commit rolls back alone", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto outer = db.begin();
    add_user(db, "Ann");
    {
        auto inner = db.begin();
        add_user(db, "Bob");
    }
    outer.commit();
    CHECK(user_names(db) == names{"Ann"});
}

TEMPLATE_TEST_CASE("a committed nested transaction is still undone by the outer rollback", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto outer = db.begin();
    add_user(db, "Ann");
    auto inner = db.begin();
    add_user(db, "Bob");
    inner.commit();
    CHECK(user_names(db) == names{"Ann", "Bob"});
    outer.rollback();
    CHECK(user_names(db).empty());
}

TEMPLATE_TEST_CASE("savepoints nest more than one level deep", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto level1 = db.begin();
    add_user(db, "Ann");
    auto level2 = db.begin();
    add_user(db, "Bob");
    auto level3 = db.begin();
    add_user(db, "Cleo");
    level3.rollback();
    level2.commit();
    level1.commit();
    CHECK(user_names(db) == names{"Ann", "Bob"});
}

TEMPLATE_TEST_CASE("the statements a transaction runs, as on_statement sees them", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    std::vector<std::string> seen;
    db.on_statement([&](const statement_event& e) { seen.emplace_back(e.sql); });
    auto outer = db.begin();
    auto inner = db.begin();
    inner.rollback();
    auto second = db.begin();
    second.commit();
    outer.commit();
    CHECK(seen == names{"BEGIN", "SAVEPOINT quarry_1", "ROLLBACK TO SAVEPOINT quarry_1",
                        "RELEASE SAVEPOINT quarry_1", "SAVEPOINT quarry_1", "RELEASE SAVEPOINT quarry_1", "COMMIT"});
}

TEMPLATE_TEST_CASE("an isolation level and read-only, in each backend's words", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    std::vector<std::string> seen;
    db.on_statement([&](const statement_event& e) { seen.emplace_back(e.sql); });
    db.begin({.isolation = isolation_level::serializable, .read_only = true}).commit();
    db.begin({.isolation = isolation_level::read_committed}).commit();
    if constexpr (is_sqlite<TestType>) {
        // Always SERIALIZABLE; read-only is the query_only switch, for the transaction's length.
        CHECK(seen == names{"BEGIN", "PRAGMA query_only = ON", "COMMIT", "PRAGMA query_only = OFF", "BEGIN", "COMMIT"});
    } else if constexpr (is_mariadb<TestType>) {
        CHECK(seen == names{"SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "START TRANSACTION READ ONLY", "COMMIT",
                            "SET TRANSACTION ISOLATION LEVEL READ COMMITTED", "BEGIN", "COMMIT"});
    } else {
        CHECK(seen == names{"START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY", "COMMIT",
                            "START TRANSACTION ISOLATION LEVEL READ COMMITTED", "COMMIT"});
    }
}

TEMPLATE_TEST_CASE("a read-only transaction refuses writes; the next one may write", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    {
        auto tx = db.begin({.read_only = true});
        CHECK(user_names(db).empty());
        CHECK_THROWS_AS(add_user(db, "Ann"), database_error);
    }
    auto tx = db.begin();
    add_user(db, "Bob");
    tx.commit();
    CHECK(user_names(db) == names{"Bob"});
}

TEMPLATE_TEST_CASE("a savepoint cannot set its own isolation level", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    auto outer = db.begin({.isolation = isolation_level::repeatable_read});
    CHECK_THROWS_AS(db.begin({.read_only = true}), usage_error);
    auto inner = db.begin();
    inner.commit();
    outer.commit();
}

TEMPLATE_TEST_CASE("ending a transaction twice is a usage_error", "[transactions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    auto tx = db.begin();
    tx.commit();
    CHECK_THROWS_AS(tx.commit(), usage_error);
    CHECK_THROWS_AS(tx.rollback(), usage_error);
}

TEMPLATE_TEST_CASE("a moved-from transaction does nothing; the moved-to one owns the work", "[transactions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto first = db.begin();
    add_user(db, "Ann");
    auto second = std::move(first);
    CHECK_FALSE(first.active());
    second.commit();
    CHECK(user_names(db) == names{"Ann"});
}
