// Transactions on MariaDB (InnoDB): commit keeps the work, rollback and the
// destructor discard it, and a nested begin() is a savepoint.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using names = std::vector<std::string>;

namespace {
names user_names(mysql::connection& db) {
    return first_fields(db(select(users.name).from(users).order_by(users.id.asc())));
}

void add_user(mysql::connection& db, const std::string& name) { db(insert_into(users).set(users.name = name)); }
}  // namespace

TEST_CASE("commit keeps the work, and another connection sees it") {
    mysql::connection db = empty_database();
    mysql::connection other{test_servers::mysql_socket()};
    auto tx = db.begin();
    add_user(db, "Ann");
    CHECK(user_names(other).empty());  // not yet committed
    tx.commit();
    CHECK(user_names(other) == names{"Ann"});
}

TEST_CASE("rollback and the destructor discard the work") {
    mysql::connection db = empty_database();
    add_user(db, "Ann");
    {
        auto tx = db.begin();
        add_user(db, "Bob");
        CHECK(user_names(db) == names{"Ann", "Bob"});
        tx.rollback();
    }
    {
        auto tx = db.begin();
        add_user(db, "Cleo");
    }
    CHECK(user_names(db) == names{"Ann"});
}

TEST_CASE("a savepoint rolls back alone; the outer transaction commits") {
    mysql::connection db = empty_database();
    auto outer = db.begin();
    add_user(db, "Ann");
    {
        auto inner = db.begin();
        add_user(db, "Bob");
        inner.rollback();
    }
    {
        auto inner = db.begin();
        add_user(db, "Cleo");
        inner.commit();
    }
    outer.commit();
    CHECK(user_names(db) == names{"Ann", "Cleo"});
}

TEST_CASE("a constraint violation inside a transaction leaves it usable until rolled back") {
    mysql::connection db = empty_database();
    {
        auto tx = db.begin();
        add_user(db, "Ann");
        CHECK_THROWS_AS(add_user(db, "Ann"), unique_violation);
        add_user(db, "Bob");  // MySQL undoes only the failed statement
        CHECK(user_names(db) == names{"Ann", "Bob"});
    }
    CHECK(user_names(db).empty());
}
