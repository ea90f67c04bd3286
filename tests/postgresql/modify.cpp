// Writing and re-running on PostgreSQL: multi-row inserts, rows affected by UPDATE
// and DELETE, RETURNING, prepared statements run again with new values, transactions
// and savepoints, and a query run inside another's loop (results are buffered).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixture.hpp"

using namespace quarry;
using pg_test::first_fields;
using names = std::vector<std::string>;

namespace {
names user_names(postgresql::connection& db) {
    return first_fields(db(select(users.name).from(users).order_by(users.id.asc())));
}
// How many statements this session holds prepared on the server.
std::int64_t server_statements(postgresql::connection& db) {
    PGresult* result = PQexec(db.native_handle(), "SELECT count(*) FROM pg_prepared_statements");
    const std::int64_t count = std::stoll(PQgetvalue(result, 0, 0));
    PQclear(result);
    return count;
}
}  // namespace

TEST_CASE("insert one row, many rows, and insert ... select; last_insert_id is 0 (use RETURNING)") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto one = db(insert_into(users).set(users.name = "Eve", users.age = 22));
    CHECK(one.rows_affected == 1);
    CHECK(one.last_insert_id == 0);
    CHECK(db(insert_into(users).columns(users.name, users.age).values("Fay", 1).values("Gus", std::nullopt))
              .rows_affected == 2);
    CHECK(user_names(db) == names{"Ann", "Bob", "Cleo", "Dora", "Eve", "Fay", "Gus"});
    db(create_table(employees));
    CHECK(db(insert_into(employees).columns(employees.id, employees.name).select(
                 select(users.id, users.name).from(users).where(users.age > 30)))
              .rows_affected == 2);
}

TEST_CASE("update and delete report the rows they changed") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    CHECK(db(update(users).set(users.age = users.age + 1).where(users.age > 20)).rows_affected == 2);
    CHECK(db(update(users).set(users.age = std::nullopt).where(users.name == "Nobody")).rows_affected == 0);
    CHECK(db(update(users).set(users.age = 0).where(all_rows)).rows_affected == 4);
    CHECK(db(delete_from(users).where(users.id.in(std::vector<std::int64_t>{3, 4}))).rows_affected == 2);
    CHECK(first_fields(db(select(posts.title).from(posts).order_by(posts.id.asc()))).size() == 3);
    CHECK(db(delete_from(users).where(users.name == "Ann")).rows_affected == 1);
    // ON DELETE CASCADE took Ann's posts with her.
    CHECK(first_fields(db(select(posts.title).from(posts))) == names{"First post"});
}

TEST_CASE("RETURNING hands back generated keys and changed rows") {
    auto db = pg_test::connect();
    db(create_table(users));
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31).returning(users.id, users.name)).one();
    CHECK(ann.id == 1);
    CHECK(ann.name == "Ann");
    db(insert_into(users).set(users.name = "Bob", users.age = 17));
    const auto older = db(update(users).set(users.age = users.age + 1).where(users.age > 20).returning(users.age))
                           .to_vector();
    REQUIRE(older.size() == 1);
    CHECK(older[0].age == 32);
    CHECK(db(delete_from(users).where(users.name == "Bob").returning(users.id)).one().id == 2);
}

TEST_CASE("a prepared statement runs again and again with new parameter values") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto older_than = db.prepare(
        select(users.name).from(users).where(users.age > parameter<"min_age">(users.age)).order_by(users.id.asc()));
    older_than.set<"min_age">(30);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Dora"});
    older_than.set<"min_age">(40);
    CHECK(first_fields(db(older_than)) == names{"Dora"});
    older_than.set<"min_age">(10);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Bob", "Dora"});

    auto add = db.prepare(insert_into(users).set(users.name = parameter<"name">(users.name),
                                                 users.age = parameter<"age">(users.age)));
    add.set<"name">("Eve").set<"age">(std::nullopt);  // a NULL parameter still has its type
    CHECK(db(add).rows_affected == 1);
    add.set<"name">("Fay").set<"age">(std::optional<std::int32_t>{7});
    CHECK(db(add).rows_affected == 1);
    auto by_id = db.prepare(select(users.name).from(users).where(users.id == parameter<"id", std::int64_t>() + 1));
    by_id.set<"id">(5);
    CHECK(db(by_id).one().name == "Fay");
    auto unset = db.prepare(select(users.id).from(users).where(users.name == parameter<"n">(users.name)));
    CHECK_THROWS_AS(db(unset), usage_error);
    unset.set<"n">("Ann");
    CHECK(db(unset).one().id == 1);
}

TEST_CASE("statements are named on the server from their second run, and freed after") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
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

TEST_CASE("commit keeps the work, rollback and destruction discard it") {
    auto db = pg_test::connect();
    db(create_table(users));
    {
        auto tx = db.begin();
        db(insert_into(users).set(users.name = "Ann"));
        tx.commit();
    }
    {
        auto tx = db.begin();
        db(insert_into(users).set(users.name = "Bob"));
        tx.rollback();
    }
    {
        auto tx = db.begin();
        db(insert_into(users).set(users.name = "Cleo"));
    }
    CHECK(user_names(db) == names{"Ann"});
}

TEST_CASE("savepoints: an inner rollback keeps the outer work, an outer rollback undoes all") {
    auto db = pg_test::connect();
    db(create_table(users));
    {
        auto outer = db.begin();
        db(insert_into(users).set(users.name = "Ann"));
        {
            auto inner = db.begin();
            db(insert_into(users).set(users.name = "Bob"));
            auto innermost = db.begin();
            db(insert_into(users).set(users.name = "Cleo"));
            innermost.rollback();
            inner.commit();
        }
        outer.commit();
    }
    CHECK(user_names(db) == names{"Ann", "Bob"});
    {
        auto outer = db.begin();
        auto inner = db.begin();
        db(insert_into(users).set(users.name = "Dora"));
        inner.commit();
        outer.rollback();
    }
    CHECK(user_names(db) == names{"Ann", "Bob"});
}

TEST_CASE("a failed statement inside a savepoint is rolled back with it; the transaction goes on") {
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

TEST_CASE("a query runs nested in the loop of another, and of itself") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    std::vector<std::string> lines;
    for (const auto& user : db(select(users.id, users.name).from(users).where(users.id <= 2).order_by(users.id.asc()))) {
        for (const auto& post :
             db(select(posts.title).from(posts).where(posts.user_id == user.id).order_by(posts.id.asc())))
            lines.push_back(user.name + ": " + post.title);
        db(update(users).set(users.age = 0).where(users.id == user.id));
    }
    CHECK(lines == names{"Ann: Hello", "Ann: Quarry tips", "Bob: First post"});
    auto query = select(users.id).from(users).where(users.id <= 3);
    int pairs = 0;
    for (const auto& outer : db(query))
        for (const auto& inner : db(query)) pairs += outer.id > 0 && inner.id > 0;
    CHECK(pairs == 9);
}

TEST_CASE("a result abandoned halfway, or outliving its query object, is fine") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto query = select(users.name).from(users).order_by(users.id.asc());
    for (const auto& row : db(query)) {
        CHECK(row.name == "Ann");
        break;
    }
    CHECK(first_fields(db(query)) == names{"Ann", "Bob", "Cleo", "Dora"});
    auto make_result = [&] {
        std::string wanted = "Dora";
        return db(select(users.id).from(users).where(users.name == wanted));
    };
    auto rows = make_result();
    CHECK(rows.one().id == 4);
}
