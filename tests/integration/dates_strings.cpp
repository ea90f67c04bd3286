// Date parts, intervals, the current date and time, replace and position, and UPDATE
// with subqueries, on every backend, with the same results.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using namespace std::chrono_literals;

QUARRY_ALIAS(later);
QUARRY_ALIAS(earlier);
QUARRY_ALIAS(next_year);

namespace {
constexpr date march_15 = std::chrono::sys_days{std::chrono::year{2024} / 3 / 15};
// A leap day, a second before midnight, with microseconds.
constexpr timestamp leap_night = std::chrono::sys_days{std::chrono::year{2024} / 2 / 29} + 23h + 59min + 59s + 123456us;

template <class Connection>
void add_sample(Connection& db) {
    db(create_table(samples));
    db(insert_into(samples).set(samples.day = march_15, samples.moment = leap_night));
}
}  // namespace

TEMPLATE_TEST_CASE("extract reads the parts of dates and timestamps as whole numbers", "[dates]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_sample(db);
    auto row = db(select(extract<date_part::year>(samples.day), extract<date_part::month>(samples.day),
                         extract<date_part::day>(samples.day), extract<date_part::hour>(samples.moment),
                         extract<date_part::minute>(samples.moment), extract<date_part::second>(samples.moment))
                      .from(samples))
                   .one();
    CHECK(std::tuple{get<0>(row), get<1>(row), get<2>(row)} ==
          std::tuple{std::optional<std::int64_t>{2024}, std::optional<std::int64_t>{3}, std::optional<std::int64_t>{15}});
    CHECK(std::tuple{get<3>(row), get<4>(row), get<5>(row)} ==
          std::tuple{std::optional<std::int64_t>{23}, std::optional<std::int64_t>{59}, std::optional<std::int64_t>{59}});
}

TEMPLATE_TEST_CASE("a date moves by days, months and years", "[dates]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_sample(db);
    auto row = db(select((samples.day + std::chrono::days{30}).as(later), (samples.day - std::chrono::months{1}).as(earlier),
                         (samples.day + interval<std::chrono::years>(samples.small - 6)).as(next_year))
                      .from(samples))
                   .one();
    CHECK(row.later == std::chrono::sys_days{std::chrono::year{2024} / 4 / 14});
    CHECK(row.earlier == std::chrono::sys_days{std::chrono::year{2024} / 2 / 15});
    CHECK(row.next_year == std::chrono::sys_days{std::chrono::year{2025} / 3 / 15});
}

TEMPLATE_TEST_CASE("a timestamp moves by hours, minutes and seconds and keeps its microseconds", "[dates]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_sample(db);
    auto row = db(select((samples.moment + std::chrono::hours{2}).as(later),
                         (samples.moment - std::chrono::minutes{30}).as(earlier),
                         (samples.moment + std::chrono::seconds{1}).as(next_year))
                      .from(samples))
                   .one();
    CHECK(row.later == leap_night + 2h);
    CHECK(row.earlier == leap_night - 30min);
    CHECK(row.next_year == leap_night + 1s);
}

TEMPLATE_TEST_CASE("an interval in a condition against the current date", "[dates]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));
    const date today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    db(insert_into(samples)
           .columns(samples.day)
           .values(today - std::chrono::days{3})
           .values(today - std::chrono::days{10}));
    // Near midnight the database's today may be tomorrow already: 3 days ago is within a week either way.
    CHECK(get<0>(db(select(count()).from(samples).where(samples.day >= current_date() - std::chrono::days{7})).one()) == 1);
}

TEMPLATE_TEST_CASE("current_date and current_timestamp are now, in UTC", "[dates]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_sample(db);
    const auto before = std::chrono::system_clock::now();
    auto row = db(select(current_date(), current_timestamp()).from(samples)).one();
    const auto after = std::chrono::system_clock::now();
    const timestamp now = get<1>(row);
    // The database's clock may lag the transaction's start (PostgreSQL) or run in milliseconds (SQLite).
    CHECK(now >= std::chrono::floor<std::chrono::microseconds>(before) - 5s);
    CHECK(now <= std::chrono::ceil<std::chrono::microseconds>(after) + 5s);
    CHECK(get<0>(row) == std::chrono::floor<std::chrono::days>(now));
}

TEMPLATE_TEST_CASE("replace and position work on text", "[strings]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(replace(users.name, "nn", "n"), position("nn", users.name), position("x", users.name))
                      .from(users)
                      .where(users.name == "Ann"))
                   .one();
    CHECK(get<0>(row) == "An");
    CHECK(get<1>(row) == 2);
    CHECK(get<2>(row) == 0);
}

TEMPLATE_TEST_CASE("UPDATE with a correlated scalar subquery and an IN subquery", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // Every author's age becomes their number of posts.
    db(update(users)
           .set(users.age = select(count()).from(posts).where(posts.user_id == users.id))
           .where(users.id.in(select(posts.user_id).from(posts))));
    std::vector<std::optional<std::int32_t>> ages = first_fields(db(select(users.age).from(users).order_by(users.id)));
    CHECK(ages == std::vector<std::optional<std::int32_t>>{2, 1, std::nullopt, 45});
}
