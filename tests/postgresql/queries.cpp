// Queries against PostgreSQL: joins, aggregates (NUMERIC results decoded from the
// binary format), subqueries, IN, LIKE and ILIKE, NULL ordering, text functions on
// UTF-8, arithmetic, paging. Where PostgreSQL differs from SQLite, the test says so.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "fixture.hpp"

using namespace quarry;
using pg_test::first_fields;
using names = std::vector<std::string>;

QUARRY_ALIAS(n);
QUARRY_ALIAS(total);
QUARRY_ALIAS(mean);
QUARRY_ALIAS(post_count);

namespace {
template <class Condition>
names users_where(postgresql::connection& db, const Condition& condition) {
    return first_fields(db(select(users.name).from(users).where(condition).order_by(users.id.asc())));
}
}  // namespace

TEST_CASE("inner, left and self joins") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    pg_test::add_employees(db);
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& row : db(select(users.name, posts.title).from(users).join(posts).on(posts.user_id == users.id)
                                  .order_by(posts.id.asc())))
        pairs.emplace_back(row.name, row.title);
    CHECK(pairs == std::vector<std::pair<std::string, std::string>>{
                       {"Ann", "Hello"}, {"Ann", "Quarry tips"}, {"Bob", "First post"}});
    CHECK(first_fields(db(select(posts.title).from(users).left_join(posts).on(posts.user_id == users.id)
                              .where(users.id >= 2).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::string>>{"First post", std::nullopt, std::nullopt});
    auto boss = employees.as<"boss">();
    CHECK(first_fields(db(select(employees.name).from(employees).join(boss).on(employees.boss_id == boss.id)
                              .where(boss.name == "Ada").order_by(employees.id.asc()))) == names{"Ben", "Cy"});
}

TEST_CASE("aggregates: SUM of int4 is int8, SUM of int8 and AVG are NUMERIC, COUNT is int8") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto row = db(select(count().as(n), count(users.age), sum(users.age).as(total), avg(users.age).as(mean),
                         sum(users.id), avg(users.id), min(users.age), max(users.name))
                      .from(users))
                   .one();
    CHECK(row.n == 4);
    CHECK(get<1>(row) == 3);
    CHECK(row.total == 93);
    CHECK(row.mean == 31.0);
    CHECK(get<4>(row) == 10);  // NUMERIC 10, read as int64
    CHECK(get<5>(row) == 2.5);  // NUMERIC 2.5000000000000000
    CHECK(get<6>(row) == 17);
    CHECK(get<7>(row) == "Dora");
    auto none = db(select(count(), sum(users.id), avg(users.age)).from(users).where(users.id > 100)).one();
    CHECK(get<0>(none) == 0);
    CHECK(get<1>(none) == std::nullopt);
    CHECK(get<2>(none) == std::nullopt);
}

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

TEST_CASE("SUM and AVG of doubles; GROUP BY with HAVING") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    db(create_table(samples));
    db(insert_into(samples).set(samples.ratio = 0.25));
    db(insert_into(samples).set(samples.ratio = 1.5));
    auto doubles = db(select(sum(samples.ratio), avg(samples.ratio)).from(samples)).one();
    CHECK(get<0>(doubles) == 1.75);
    CHECK(get<1>(doubles) == 0.875);
    auto rows = db(select(users.name, count(posts.id).as(n), sum(posts.id).as(total))
                       .from(users)
                       .join(posts).on(posts.user_id == users.id)
                       .group_by(users.name)
                       .having(count(posts.id) > 1))
                    .to_vector();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].name == "Ann");
    CHECK(rows[0].n == 2);
    CHECK(rows[0].total == 3);
}

TEST_CASE("scalar, correlated, EXISTS and derived-table subqueries") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    CHECK(users_where(db, users.age >= select(avg(users.age)).from(users)) == names{"Ann", "Dora"});
    std::vector<std::optional<std::int64_t>> counts;
    for (const auto& row : db(select(users.name, select(count()).from(posts).where(posts.user_id == users.id)
                                                     .as(post_count))
                                  .from(users)
                                  .order_by(users.id.asc())))
        counts.push_back(row.post_count);
    CHECK(counts == std::vector<std::optional<std::int64_t>>{2, 1, 0, 0});
    CHECK(users_where(db, exists(select(posts.id).from(posts).where(posts.user_id == users.id))) ==
          names{"Ann", "Bob"});
    CHECK(users_where(db, users.id.in(select(posts.user_id).from(posts))) == names{"Ann", "Bob"});
    auto per_user = select(posts.user_id, count().as(n)).from(posts).group_by(posts.user_id).subquery<"per_user">();
    auto rows = db(select(per_user.user_id, per_user.n).from(per_user).where(per_user.n > 1)).to_vector();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].user_id == 1);
}

TEST_CASE("IN over a list and over a vector, an empty one included") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    CHECK(users_where(db, users.id.in(1, 3)) == names{"Ann", "Cleo"});
    CHECK(users_where(db, users.age.not_in(17, 31)) == names{"Dora"});
    CHECK(users_where(db, users.id.in(std::vector<std::int64_t>{2, 4})) == names{"Bob", "Dora"});
    CHECK(users_where(db, users.name.in(std::vector<std::string>{"Cleo"})) == names{"Cleo"});
    CHECK(users_where(db, users.id.in(std::vector<std::int64_t>{})).empty());
    CHECK(users_where(db, users.id.not_in(std::vector<std::int64_t>{})) == names{"Ann", "Bob", "Cleo", "Dora"});
}

TEST_CASE("LIKE is case-sensitive on PostgreSQL (unlike SQLite); ILIKE is not") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    db(insert_into(users).set(users.name = "Émile"));
    CHECK(users_where(db, users.name.like("_o%")) == names{"Bob", "Dora"});
    CHECK(users_where(db, users.name.like("a%")).empty());
    CHECK(users_where(db, users.name.ilike("a%")) == names{"Ann"});
    CHECK(users_where(db, users.name.not_ilike("%O%")) == names{"Ann", "Émile"});
    CHECK(users_where(db, users.name.ilike("émile")) == names{"Émile"});  // beyond ASCII too
    CHECK_THAT(to_sql<postgresql::dialect>(select(users.name).from(users).where(users.name.ilike("a%"))),
               Catch::Matchers::StartsWith(R"(SELECT "users"."name" FROM "users" WHERE "users"."name" ILIKE $1)"));
}

TEST_CASE("NULLS FIRST and NULLS LAST; PostgreSQL sorts NULL last when ascending (SQLite first)") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_last()))) ==
          names{"Bob", "Ann", "Dora", "Cleo"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_first()))) ==
          names{"Cleo", "Dora", "Ann", "Bob"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_first()))) ==
          names{"Cleo", "Bob", "Ann", "Dora"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc()))) ==
          names{"Bob", "Ann", "Dora", "Cleo"});
}

TEST_CASE("concat, and length and substr counting characters of UTF-8 text") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    CHECK(first_fields(db(select(concat(users.name, " #", cast<std::string>(users.id))).from(users)
                              .where(users.id <= 2).order_by(users.id.asc()))) == names{"Ann #1", "Bob #2"});
    // PostgreSQL's || with a NULL part is NULL, as on SQLite.
    CHECK(first_fields(db(select(concat(users.name, cast<std::string>(users.age))).from(users)
                              .order_by(users.id.asc()))) ==
          std::vector<std::optional<std::string>>{"Ann31", "Bob17", std::nullopt, "Dora45"});
    db(insert_into(users).set(users.name = "Zoë😀!"));  // 5 characters, 9 bytes
    auto row = db(select(length(users.name), substr(users.name, 3), substr(users.name, 4, 1), upper(users.name))
                      .from(users)
                      .where(users.name.like("Zo%")))
                   .one();
    CHECK(get<0>(row) == 5);
    CHECK(get<1>(row) == "ë😀!");
    CHECK(get<2>(row) == "😀");
    CHECK(get<3>(row) == "ZOË😀!");
}

TEST_CASE("integer arithmetic: division truncates, 7 / 2 == 3; mixed with a double it is real") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto row = db(select(cast<std::int64_t>(7) / 2, cast<std::int64_t>(-7) / 2, cast<std::int64_t>(-7) % 3,
                         users.age / 2, users.age * 1.5, cast<double>(users.age) / 2)
                      .from(users)
                      .where(users.id == 1))
                   .one();
    CHECK(get<0>(row) == 3);
    CHECK(get<1>(row) == -3);
    CHECK(get<2>(row) == -1);
    CHECK(get<3>(row) == 15);
    CHECK(get<4>(row) == 46.5);
    CHECK(get<5>(row) == 15.5);
}

TEST_CASE("division by zero is an error on PostgreSQL (SQLite gives NULL): SQLSTATE 22012") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    try {
        db(select(users.age / 0).from(users)).to_vector();
        FAIL("expected database_error");
    } catch (const database_error& e) {
        CHECK(e.sqlstate() == "22012");
        CHECK(e.native_code() == 0);
        CHECK_THAT(e.what(), Catch::Matchers::Contains("division by zero"));
    }
}

TEST_CASE("LIMIT and OFFSET page through ordered rows") {
    auto db = pg_test::connect();
    pg_test::add_people(db);
    auto page = [&](std::int64_t size, std::int64_t skip) {
        return first_fields(db(select(users.name).from(users).order_by(users.id.asc()).limit(size).offset(skip)));
    };
    CHECK(page(2, 0) == names{"Ann", "Bob"});
    CHECK(page(2, 2) == names{"Cleo", "Dora"});
    CHECK(page(2, 3) == names{"Dora"});
    CHECK(page(2, 4).empty());
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.id.desc()).limit(1))) == names{"Dora"});
}
