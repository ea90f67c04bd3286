// Statements and transactions where PostgreSQL needs checking of its own: statements
// are named on the server from their second run and freed after, and a failed
// statement aborts the transaction until its savepoint rolls back. Writing, prepared
// statements, transactions and streaming run on every backend in tests/integration/.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "fixture.hpp"

using namespace quarry;
using names = std::vector<std::string>;

namespace {
// How many statements this session holds prepared on the server.
std::int64_t server_statements(postgresql::connection& db) {
    PGresult* result = PQexec(db.native_handle(), "SELECT count(*) FROM pg_prepared_statements");
    const std::int64_t count = std::stoll(PQgetvalue(result, 0, 0));
    PQclear(result);
    return count;
}
}  // namespace

TEST_CASE("statements are named on the server from their second run, and freed after") {
    auto db = pg_test::connect();
    add_people(db);
    const auto before = server_statements(db);
    auto name_of = [&](std::int64_t id) { return db(select(users.name).from(users).where(users.id == id)).one().name; };
    CHECK(name_of(1) == "Ann");
    CHECK(server_statements(db) == before);  // the first run is unnamed
    CHECK(name_of(3) == "Cleo");
    CHECK(name_of(1) == "Ann");
    CHECK(server_statements(db) == before + 1);
    {
        auto by_name = db.prepare(select(users.id).from(users).where(users.name == parameter<"n">(users.name)));
        for (const char* name : {"Ann", "Bob"}) {
            by_name.set<"n">(name);
            db(by_name).one();
        }
        CHECK(server_statements(db) == before + 2);
    }
    db(select(users.id).from(users)).to_vector();  // the next run, outside a transaction, frees it
    CHECK(server_statements(db) == before + 1);
    // A dynamic query (its SQL depends on the vector's size) is a one-off, never named.
    for (int i = 1; i <= 3; ++i)
        db(select(users.id).from(users).where(users.id.in(std::vector<std::int64_t>(i, 1)))).to_vector();
    CHECK(server_statements(db) == before + 1);
}

TEST_CASE("after a failed statement PostgreSQL refuses every other until its savepoint rolls back") {
    auto db = pg_test::connect();
    db(create_table(users));
    auto tx = db.begin();
    db(insert_into(users).set(users.name = "Ann"));
    {
        auto attempt = db.begin();
        CHECK_THROWS_AS(db(insert_into(users).set(users.name = "Ann")), unique_violation);
        // PostgreSQL refuses everything in an aborted transaction until the rollback.
        CHECK_THROWS_AS(db(select(users.id).from(users)).to_vector(), database_error);
    }
    db(insert_into(users).set(users.name = "Bob"));
    tx.commit();
    CHECK(user_names(db) == names{"Ann", "Bob"});
}
