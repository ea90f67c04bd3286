// Joins on every backend: INNER, LEFT, RIGHT, FULL and CROSS, and a self-join
// through an alias. A column from a side that an outer join may leave empty reads
// as std::optional, and holds nullopt where there was no match.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using pairs = std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>;

QUARRY_ALIAS(boss_name);
QUARRY_ALIAS(post_count);
QUARRY_ALIAS(scaled_id);

namespace {
// Each row as (first field, second field), both optional so every join kind compares alike.
template <class Result>
pairs pairs_of(Result&& result) {
    pairs out;
    for (const auto& row : result) out.emplace_back(get<0>(row), get<1>(row));
    return out;
}

const std::optional<std::string> none;
}  // namespace

TEMPLATE_TEST_CASE("an inner join keeps only matching pairs", "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto rows = db(select(users.name, posts.title)
                       .from(users)
                       .join(posts).on(posts.user_id == users.id)
                       .order_by(posts.id.asc()));
    CHECK(pairs_of(rows) == pairs{{"Ann", "Hello"}, {"Ann", "Quarry tips"}, {"Bob", "First post"}});
}

TEMPLATE_TEST_CASE("a left join keeps every left row; the right side reads as nullopt without a match", "[joins]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.name, posts.title)
                     .from(users)
                     .left_join(posts).on(posts.user_id == users.id)
                     .order_by(users.id.asc(), posts.id.asc());
    using row_t = decltype(db(query).one());
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::name), std::string>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::title), std::optional<std::string>>);
    CHECK(pairs_of(db(query)) ==
          pairs{{"Ann", "Hello"}, {"Ann", "Quarry tips"}, {"Bob", "First post"}, {"Cleo", none}, {"Dora", none}});
}

TEMPLATE_TEST_CASE("a right join keeps every right row; the left side reads as nullopt without a match", "[joins]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(posts.title, users.name)
                     .from(posts)
                     .right_join(users).on(posts.user_id == users.id)
                     .order_by(users.id.asc(), posts.id.asc());
    using row_t = decltype(db(query).one());
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::title), std::optional<std::string>>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::name), std::string>);
    CHECK(pairs_of(db(query)) ==
          pairs{{"Hello", "Ann"}, {"Quarry tips", "Ann"}, {"First post", "Bob"}, {none, "Cleo"}, {none, "Dora"}});
}

// MySQL and MariaDB have no FULL OUTER JOIN: there it does not compile
// (tests/compile_fail/full_join_on_mysql.cpp), so this runs on the other two.
TEMPLATE_TEST_CASE("a full join keeps unmatched rows of both sides", "[joins]", sqlite_backend, postgresql_backend) {
    auto db = TestType::open();
    add_people(db);
    db(create_table(employees));
    db(insert_into(employees).columns(employees.id, employees.name, employees.boss_id)
           .values(1, "Ann", std::nullopt)
           .values(2, "Zed", 1));
    auto query = select(users.name, employees.name.as(boss_name))
                     .from(users)
                     .full_join(employees).on(employees.name == users.name)
                     .order_by(users.id.asc().nulls_last());
    using row_t = decltype(db(query).one());
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::name), std::optional<std::string>>);
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::boss_name), std::optional<std::string>>);
    CHECK(pairs_of(db(query)) ==
          pairs{{"Ann", "Ann"}, {"Bob", none}, {"Cleo", none}, {"Dora", none}, {none, "Zed"}});
}

TEMPLATE_TEST_CASE("a cross join pairs every row with every row", "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(get<0>(db(select(count()).from(users).cross_join(posts)).one()) == 12);
    auto rows = db(select(users.name, posts.title)
                       .from(users)
                       .cross_join(posts)
                       .where(users.age > 40)
                       .order_by(posts.id.asc()));
    CHECK(pairs_of(rows) == pairs{{"Dora", "Hello"}, {"Dora", "Quarry tips"}, {"Dora", "First post"}});
}

TEMPLATE_TEST_CASE("a self-join reads a table twice through an alias", "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    constexpr auto boss = employees.as<"boss">();
    auto rows = db(select(employees.name, boss.name.as(boss_name))
                       .from(employees)
                       .join(boss).on(employees.boss_id == boss.id)
                       .order_by(employees.id.asc()));
    CHECK(pairs_of(rows) == pairs{{"Ben", "Ada"}, {"Cy", "Ada"}, {"Dee", "Ben"}});
}

TEMPLATE_TEST_CASE("a left self-join leaves the top of the hierarchy without a boss", "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    constexpr auto boss = employees.as<"boss">();
    auto rows = db(select(employees.name, boss.name.as(boss_name))
                       .from(employees)
                       .left_join(boss).on(employees.boss_id == boss.id)
                       .order_by(employees.id.asc()));
    CHECK(pairs_of(rows) == pairs{{"Ada", none}, {"Ben", "Ada"}, {"Cy", "Ada"}, {"Dee", "Ben"}});
}

TEMPLATE_TEST_CASE("COUNT over an outer-joined column is a plain integer and counts no match as 0", "[joins]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.name, count(posts.id).as(post_count))
                     .from(users)
                     .left_join(posts).on(posts.user_id == users.id)
                     .group_by(users.name)
                     .order_by(users.name.asc());
    using row_t = decltype(db(query).one());
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::post_count), std::int64_t>);
    std::vector<std::pair<std::string, std::int64_t>> counts;
    for (const auto& row : db(query)) counts.emplace_back(row.name, row.post_count);
    CHECK(counts == std::vector<std::pair<std::string, std::int64_t>>{{"Ann", 2}, {"Bob", 1}, {"Cleo", 0}, {"Dora", 0}});
}

TEMPLATE_TEST_CASE("three tables join in a chain", "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    add_employees(db);
    // Pairs each post's author with the employee whose id equals the author's id.
    auto rows = db(select(posts.title, employees.name)
                       .from(posts)
                       .join(users).on(posts.user_id == users.id)
                       .join(employees).on(employees.id == users.id)
                       .order_by(posts.id.asc()));
    CHECK(pairs_of(rows) == pairs{{"Hello", "Ada"}, {"Quarry tips", "Ada"}, {"First post", "Ben"}});
}

TEMPLATE_TEST_CASE("values bind in order where parts of a SELECT hold none: the bind walk skips only those",
                   "[joins]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // Values in the select list, in ON beside a comparison of columns, in WHERE and HAVING; none
    // in FROM's table, GROUP BY or ORDER BY.
    auto rows = db(select(users.name, count(posts.id).as(post_count), (users.id * 10).as(scaled_id))
                       .from(users)
                       .join(posts).on(posts.user_id == users.id && posts.title != "Hello")
                       .where(users.age > 10)
                       .group_by(users.id, users.name)
                       .having(count(posts.id) >= 1)
                       .order_by(users.name.desc()))
                    .to_vector();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == "Bob");
    CHECK(rows[0].post_count == 1);
    CHECK(rows[0].scaled_id == 20);
    CHECK(rows[1].name == "Ann");
    CHECK(rows[1].post_count == 1);  // "Hello" is left out by ON
    CHECK(rows[1].scaled_id == 10);
}
