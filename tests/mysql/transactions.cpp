// Transactions on MariaDB (InnoDB) where MySQL behaves its own way: the work is
// invisible to another connection until committed, and a failed statement undoes only
// itself. Commit, rollback and savepoints run on every backend in
// tests/integration/transactions.cpp.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using names = std::vector<std::string>;

namespace {
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
