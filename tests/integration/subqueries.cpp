// Subqueries on every backend: as a scalar value (plain and correlated), in EXISTS
// and NOT EXISTS, and as a derived table in FROM.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

QUARRY_ALIAS(post_count);
QUARRY_ALIAS(first_title);
QUARRY_ALIAS(n);

TEMPLATE_TEST_CASE("a scalar subquery compares each row with a value computed once", "[subqueries]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // The average age is 31.
    CHECK(first_fields(db(select(users.name).from(users).where(users.age >= select(avg(users.age)).from(users))
                              .order_by(users.id.asc()))) == names{"Ann", "Dora"});
    CHECK(first_fields(db(select(users.name).from(users).where(users.age == select(max(users.age)).from(users)))) ==
          names{"Dora"});
}

TEMPLATE_TEST_CASE("a correlated scalar subquery in the select list, read by its alias", "[subqueries]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.name,
                        select(count()).from(posts).where(posts.user_id == users.id).as(post_count))
                     .from(users)
                     .order_by(users.id.asc());
    std::vector<std::pair<std::string, std::optional<std::int64_t>>> rows;
    for (const auto& row : db(query)) rows.emplace_back(row.name, row.post_count);
    CHECK(rows == std::vector<std::pair<std::string, std::optional<std::int64_t>>>{
                      {"Ann", 2}, {"Bob", 1}, {"Cleo", 0}, {"Dora", 0}});
}

TEMPLATE_TEST_CASE("a scalar subquery that finds no row reads as nullopt", "[subqueries]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = select(users.name, select(posts.title)
                                        .from(posts)
                                        .where(posts.user_id == users.id)
                                        .order_by(posts.id.asc())
                                        .limit(1)
                                        .as(first_title))
                     .from(users)
                     .order_by(users.id.asc());
    using row_t = decltype(db(query).one());
    STATIC_REQUIRE(std::is_same_v<decltype(row_t::first_title), std::optional<std::string>>);
    std::vector<std::optional<std::string>> titles;
    for (const auto& row : db(query)) titles.push_back(row.first_title);
    CHECK(titles == std::vector<std::optional<std::string>>{"Hello", "First post", std::nullopt, std::nullopt});
}

TEMPLATE_TEST_CASE("EXISTS and NOT EXISTS test a correlated subquery for rows", "[subqueries]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto posts_of_user = select(posts.id).from(posts).where(posts.user_id == users.id);
    CHECK(first_fields(db(select(users.name).from(users).where(exists(posts_of_user)).order_by(users.id.asc()))) ==
          names{"Ann", "Bob"});
    CHECK(first_fields(db(select(users.name).from(users).where(not_exists(posts_of_user)).order_by(users.id.asc()))) ==
          names{"Cleo", "Dora"});
}

TEMPLATE_TEST_CASE("a derived table is queried like a table, through its named columns", "[subqueries]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto counts = select(posts.user_id, count().as(n)).from(posts).group_by(posts.user_id).subquery<"counts">();
    auto rows = db(select(counts.user_id, counts.n).from(counts).where(counts.n > 1)).to_vector();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].user_id == 1);
    CHECK(rows[0].n == 2);
}

TEMPLATE_TEST_CASE("a derived table joins with a table", "[subqueries]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto counts = select(posts.user_id, count().as(n)).from(posts).group_by(posts.user_id).subquery<"counts">();
    std::vector<std::pair<std::string, std::optional<std::int64_t>>> rows;
    for (const auto& row : db(select(users.name, counts.n)
                                  .from(users)
                                  .left_join(counts).on(counts.user_id == users.id)
                                  .order_by(users.id.asc()))) {
        rows.emplace_back(row.name, row.n);
    }
    CHECK(rows == std::vector<std::pair<std::string, std::optional<std::int64_t>>>{
                      {"Ann", 2}, {"Bob", 1}, {"Cleo", std::nullopt}, {"Dora", std::nullopt}});
}

TEMPLATE_TEST_CASE("a derived table keeps the values bound inside it", "[subqueries]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto adults = select(users.name, users.age).from(users).where(users.age >= 18).subquery<"adults">();
    CHECK(first_fields(db(select(adults.name).from(adults).where(adults.age < 40))) == names{"Ann"});
}
