// Queries where PostgreSQL needs checking of its own: SUM and AVG of int8 arrive as
// NUMERIC, decoded from its binary base-10000 form (exactly, or refused beyond int64),
// case rules beyond ASCII, and integer division of negative numbers. Every other query
// runs on every backend in tests/integration/ (select, joins, aggregates, subqueries,
// expressions).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "fixture.hpp"

using namespace quarry;
using names = std::vector<std::string>;

namespace {
template <class Condition>
names users_where(postgresql::connection& db, const Condition& condition) {
    return first_fields(db(select(users.name).from(users).where(condition).order_by(users.id.asc())));
}
}  // namespace

TEST_CASE("NUMERIC sums decode exactly: large, negative and fractional") {
    auto db = pg_test::connect();
    db(create_table(employees));
    for (std::int64_t id : {std::int64_t{4'000'000'000'000'000'000}, std::int64_t{4'000'000'000'000'000'001}})
        db(insert_into(employees).set(employees.id = id, employees.name = "big"));
    // 8000000000000000001 fits int64 but not a double's 53 bits.
    CHECK(get<0>(db(select(sum(employees.id)).from(employees)).one()) == std::int64_t{8'000'000'000'000'000'001});
    db(insert_into(employees).set(employees.id = std::int64_t{-8'000'000'000'000'012'345}, employees.name = "neg"));
    CHECK(get<0>(db(select(sum(employees.id)).from(employees)).one()) == -12'344);
    auto odd_or_negative = employees.id < 0 || employees.id % 2 == 1;
    CHECK(get<0>(db(select(avg(employees.id)).from(employees).where(odd_or_negative)).one()) ==
          -2'000'000'000'000'006'172.0);
    db(insert_into(employees).set(employees.id = std::int64_t{-3}, employees.name = "small"));
    CHECK(get<0>(db(select(avg(employees.id)).from(employees).where(employees.name == "small")).one()) == -3.0);
}

TEST_CASE("a SUM beyond int64 throws type_mismatch_error; as a double it reads") {
    auto db = pg_test::connect();
    db(create_table(employees));
    for (std::int64_t id : {std::int64_t{9'000'000'000'000'000'000}, std::int64_t{9'000'000'000'000'000'001}})
        db(insert_into(employees).set(employees.id = id, employees.name = "big"));
    CHECK_THROWS_AS(db(select(sum(employees.id)).from(employees)).one(), type_mismatch_error);
    CHECK(get<0>(db(select(avg(employees.id)).from(employees)).one()) == 9e18);
}

TEST_CASE("ILIKE, PostgreSQL's own operator, ignores case beyond ASCII") {
    auto db = pg_test::connect();
    add_people(db);
    db(insert_into(users).set(users.name = "Émile"));
    CHECK(users_where(db, users.name.not_ilike("%O%")) == names{"Ann", "Émile"});
    CHECK(users_where(db, users.name.ilike("émile")) == names{"Émile"});
    CHECK_THAT(to_sql<postgresql::dialect>(select(users.name).from(users).where(users.name.ilike("a%"))),
               Catch::Matchers::StartsWith(R"(SELECT "users"."name" FROM "users" WHERE "users"."name" ILIKE $1)"));
}

TEST_CASE("upper folds case beyond ASCII in UTF-8 text") {
    auto db = pg_test::connect();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Zoë😀!"));
    CHECK(get<0>(db(select(upper(users.name)).from(users)).one()) == "ZOË😀!");
}

TEST_CASE("integer division and modulo truncate toward zero: 7 / 2 == 3, -7 / 2 == -3, -7 % 3 == -1") {
    auto db = pg_test::connect();
    auto row = db(select(cast<std::int64_t>(7) / 2, cast<std::int64_t>(-7) / 2, cast<std::int64_t>(-7) % 3)).one();
    CHECK(get<0>(row) == 3);
    CHECK(get<1>(row) == -3);
    CHECK(get<2>(row) == -1);
}
