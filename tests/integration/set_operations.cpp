// UNION, UNION ALL, INTERSECT and EXCEPT on every backend, with ORDER BY and LIMIT on
// the result, evaluated in the order the query was built.
//   users: 1 Ann 31, 2 Bob 17, 3 Cleo NULL, 4 Dora 45     posts by Ann (2) and Bob (1)
//   employees: Ada, Ben, Cy, Dee
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
using ids = std::vector<std::int64_t>;

namespace {
const auto adults = select(users.id).from(users).where(users.age >= 18);  // 1, 4
const auto authors = select(posts.user_id).from(posts);                   // 1, 1, 2
const auto minors = select(users.id).from(users).where(users.age < 18);   // 2
}  // namespace

TEMPLATE_TEST_CASE("UNION ALL keeps every row; ORDER BY sorts the whole result", "[set]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    add_employees(db);
    auto everyone = select(users.name).from(users).union_all(select(employees.name).from(employees)).order_by(users.name);
    CHECK(first_fields(db(everyone)) == names{"Ada", "Ann", "Ben", "Bob", "Cleo", "Cy", "Dee", "Dora"});
    CHECK(first_fields(db(adults.union_all(authors).order_by(users.id))) == ids{1, 1, 1, 2, 4});
}

TEMPLATE_TEST_CASE("UNION removes duplicates, INTERSECT keeps the common rows, EXCEPT the others", "[set]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(adults.union_distinct(authors).order_by(users.id))) == ids{1, 2, 4});
    CHECK(first_fields(db(adults.intersect(authors))) == ids{1});
    CHECK(first_fields(db(adults.except(authors))) == ids{4});
}

TEMPLATE_TEST_CASE("set operations run in the order they were built", "[set]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // (minors UNION authors) INTERSECT adults = {1, 2} ∩ {1, 4}; read as
    // minors UNION (authors INTERSECT adults) it would be {1, 2}.
    CHECK(first_fields(db(minors.union_distinct(authors).intersect(adults))) == ids{1});
    // INTERSECT first: (authors ∩ adults) ∪ minors.
    CHECK(first_fields(db(authors.intersect(adults).union_distinct(minors).order_by(posts.user_id))) == ids{1, 2});
}

TEMPLATE_TEST_CASE("LIMIT and OFFSET page through a set operation", "[set]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    add_employees(db);
    auto page = select(users.name)
                    .from(users)
                    .union_all(select(employees.name).from(employees))
                    .order_by(users.name.desc())
                    .limit(3)
                    .offset(2);
    CHECK(first_fields(db(page)) == names{"Cy", "Cleo", "Bob"});
}

TEMPLATE_TEST_CASE("members with their own ORDER BY and LIMIT, where the backend allows parentheses", "[set]",
                   QUARRY_BACKENDS) {
    if constexpr (!is_sqlite<TestType>) {
        auto db = TestType::open();
        add_people(db);
        auto youngest = select(users.name).from(users).where(users.age.is_not_null()).order_by(users.age.asc()).limit(1);
        auto oldest = select(users.name).from(users).where(users.age.is_not_null()).order_by(users.age.desc()).limit(1);
        CHECK(first_fields(db(youngest.union_all(oldest).order_by(users.name))) == names{"Bob", "Dora"});
    }
}

TEMPLATE_TEST_CASE("a result column may be NULL if either side's may, and has a type both fit in", "[set]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    add_employees(db);
    auto q = select(users.name, users.age)
                 .from(users)
                 .where(users.id <= 2)
                 .union_all(select(employees.name, employees.boss_id).from(employees).where(employees.id <= 2))
                 .order_by(users.name);
    std::vector<std::pair<std::string, std::optional<std::int64_t>>> rows;
    for (const auto& row : db(q)) {
        STATIC_REQUIRE(std::is_same_v<decltype(row.age), std::optional<std::int64_t>>);
        rows.emplace_back(row.name, row.age);
    }
    CHECK(rows == std::vector<std::pair<std::string, std::optional<std::int64_t>>>{
                      {"Ada", std::nullopt}, {"Ann", 31}, {"Ben", 1}, {"Bob", 17}});
}

TEMPLATE_TEST_CASE("a set operation as a derived table", "[set]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    add_employees(db);
    auto everyone = select(users.name).from(users).union_all(select(employees.name).from(employees)).subquery<"everyone">();
    CHECK(get<0>(db(select(count()).from(everyone).where(everyone.name.like("D%"))).one()) == 2);
}
