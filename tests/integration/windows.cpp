// Window functions and aggregates over windows on every backend.
//   users: 1 Ann 31, 2 Bob 17, 3 Cleo NULL, 4 Dora 45
//   posts: 1 Hello (Ann), 2 Quarry tips (Ann), 3 First post (Bob)
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;
using counts = std::vector<std::int64_t>;

QUARRY_ALIAS(n);
QUARRY_ALIAS(place);
QUARRY_ALIAS(dense_place);
QUARRY_ALIAS(previous);
QUARRY_ALIAS(after_next);
QUARRY_ALIAS(first);
QUARRY_ALIAS(last);
QUARRY_ALIAS(running);
QUARRY_ALIAS(share);

TEMPLATE_TEST_CASE("ROW_NUMBER numbers each user's posts", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::tuple<std::string, std::int64_t>> rows;
    for (const auto& row : db(select(posts.title, row_number().over(window().partition_by(posts.user_id).order_by(posts.id)).as(n))
                                  .from(posts)
                                  .order_by(posts.id)))
        rows.emplace_back(row.title, row.n);
    CHECK(rows == std::vector<std::tuple<std::string, std::int64_t>>{{"Hello", 1}, {"Quarry tips", 2}, {"First post", 1}});
}

TEMPLATE_TEST_CASE("RANK leaves gaps after ties, DENSE_RANK does not", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto by_author = window().order_by(posts.user_id);
    std::vector<std::tuple<std::int64_t, std::int64_t>> ranks;
    for (const auto& row : db(select(rank().over(by_author).as(place), dense_rank().over(by_author).as(dense_place))
                                  .from(posts)
                                  .order_by(posts.id)))
        ranks.emplace_back(row.place, row.dense_place);
    CHECK(ranks == std::vector<std::tuple<std::int64_t, std::int64_t>>{{1, 1}, {1, 1}, {3, 2}});
}

TEMPLATE_TEST_CASE("LAG and LEAD read other rows; past the edge they are NULL", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto by_id = window().order_by(users.id);
    std::vector<std::tuple<std::optional<std::string>, std::optional<std::string>>> rows;
    for (const auto& row : db(select(lag(users.name).over(by_id).as(previous), lead<2>(users.name).over(by_id).as(after_next))
                                  .from(users)
                                  .order_by(users.id)))
        rows.emplace_back(row.previous, row.after_next);
    CHECK(rows == std::vector<std::tuple<std::optional<std::string>, std::optional<std::string>>>{
                      {std::nullopt, "Cleo"}, {"Ann", "Dora"}, {"Bob", std::nullopt}, {"Cleo", std::nullopt}});
}

TEMPLATE_TEST_CASE("LAG with a value past the edge, where the backend has one", "[window]", QUARRY_BACKENDS) {
    // MariaDB's LAG takes no such value: there it does not compile.
    if constexpr (!is_mariadb<TestType>) {
        auto db = TestType::open();
        add_people(db);
        auto rows = first_fields(db(select(lag<1>(users.name, "-").over(window().order_by(users.id))).from(users).order_by(users.id)));
        CHECK(rows == names{"-", "Ann", "Bob", "Cleo"});
    }
}

TEMPLATE_TEST_CASE("FIRST_VALUE and LAST_VALUE over the whole partition", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto whole = window().partition_by(posts.user_id).order_by(posts.id).rows(unbounded_preceding, unbounded_following);
    std::vector<std::tuple<std::string, std::string>> rows;
    for (const auto& row : db(select(first_value(posts.title).over(whole).as(first), last_value(posts.title).over(whole).as(last))
                                  .from(posts)
                                  .order_by(posts.id)))
        rows.emplace_back(row.first, row.last);
    CHECK(rows == std::vector<std::tuple<std::string, std::string>>{
                      {"Hello", "Quarry tips"}, {"Hello", "Quarry tips"}, {"First post", "First post"}});
}

TEMPLATE_TEST_CASE("a running sum over a ROWS frame, a moving sum over a RANGE frame", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto pairs = window().order_by(users.id).rows(preceding<1>, current_row);
    CHECK(first_fields(db(select(sum(users.id).over(pairs).as(running)).from(users).order_by(users.id))) == counts{1, 3, 5, 7});
    // Ages 17, 31, 45: each with the ages at most 15 below it. The column may be NULL, so its sum may too.
    auto close_in_age = window().order_by(users.age).range(preceding<15>, current_row);
    CHECK(first_fields(db(select(sum(users.age).over(close_in_age).as(running))
                              .from(users)
                              .where(users.age.is_not_null())
                              .order_by(users.age))) == std::vector<std::optional<std::int64_t>>{17, 48, 76});
}

TEMPLATE_TEST_CASE("named windows are shared by several functions", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto by_user = window<"by_user">().partition_by(posts.user_id).order_by(posts.id);
    std::vector<std::tuple<std::string, std::int64_t, std::optional<std::string>>> rows;
    for (const auto& row : db(select(posts.title, row_number().over(by_user).as(n), lag(posts.title).over(by_user).as(previous))
                                  .from(posts)
                                  .window(by_user)
                                  .order_by(posts.id)))
        rows.emplace_back(row.title, row.n, row.previous);
    CHECK(rows == std::vector<std::tuple<std::string, std::int64_t, std::optional<std::string>>>{
                      {"Hello", 1, std::nullopt}, {"Quarry tips", 2, "Hello"}, {"First post", 1, std::nullopt}});
}

TEMPLATE_TEST_CASE("window functions over a grouped query: each group's share and rank", "[window]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>> rows;
    for (const auto& row : db(select(posts.user_id, count().as(n), sum(count()).over(window()).as(share),
                                     rank().over(window().order_by(count().desc())).as(place))
                                  .from(posts)
                                  .group_by(posts.user_id)
                                  .order_by(posts.user_id)))
        rows.emplace_back(row.user_id, row.n, row.share, row.place);
    CHECK(rows == std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>>{{1, 2, 3, 1}, {2, 1, 3, 2}});
}
