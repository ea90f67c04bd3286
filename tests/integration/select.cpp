// SELECT on every backend: columns, WHERE, DISTINCT, ORDER BY, LIMIT/OFFSET,
// aliases, and how rows are read (by name, by index, by structured bindings).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

QUARRY_ALIAS(next_age);
QUARRY_ALIAS(greeting);

TEMPLATE_TEST_CASE("select reads named columns in the requested order", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> seen;
    for (const auto& row : db(select(users.name, users.age).from(users).order_by(users.id.asc()))) {
        seen.push_back(row.name + "=" + (row.age ? std::to_string(*row.age) : "NULL"));
    }
    CHECK(seen == names{"Ann=31", "Bob=17", "Cleo=NULL", "Dora=45"});
}

TEMPLATE_TEST_CASE("a nullable column reads as std::optional, a NOT NULL one as its plain type", "[select]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(users.id, users.name, users.age).from(users).where(users.name == "Cleo")).one();
    STATIC_REQUIRE(std::is_same_v<decltype(row.id), std::int64_t>);
    STATIC_REQUIRE(std::is_same_v<decltype(row.name), std::string>);
    STATIC_REQUIRE(std::is_same_v<decltype(row.age), std::optional<std::int32_t>>);
    CHECK(row.id == 3);
    CHECK(row.age == std::nullopt);
}

TEMPLATE_TEST_CASE("all_of selects every column of a table in declaration order", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(all_of(users)).from(users).where(users.id == 2)).one();
    CHECK(row.id == 2);
    CHECK(row.name == "Bob");
    CHECK(row.age == 17);
}

TEMPLATE_TEST_CASE("rows can be read by index and by structured bindings", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(users.name, users.age).from(users).where(users.id == 4)).one();
    CHECK(get<0>(row) == "Dora");
    CHECK(get<1>(row) == 45);
    auto [name, age] = row;
    CHECK(name == "Dora");
    CHECK(age == 45);
}

TEMPLATE_TEST_CASE("an aliased expression is read by its alias", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(users.name, (users.age + 1).as(next_age), concat("hi ", users.name).as(greeting))
                      .from(users)
                      .where(users.id == 1))
                   .one();
    CHECK(row.name == "Ann");
    CHECK(row.next_age == 32);
    CHECK(row.greeting == "hi Ann");
}

TEMPLATE_TEST_CASE("a C++ value in the select list is bound and read back", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(users.name, 42, std::string("x")).from(users).where(users.id == 2)).one();
    CHECK(get<0>(row) == "Bob");
    CHECK(get<1>(row) == 42);
    CHECK(get<2>(row) == "x");
}

TEMPLATE_TEST_CASE("select without FROM evaluates expressions of values", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    auto row = db(select(upper(std::string("abc")), length(std::string("abcd")))).one();
    CHECK(get<0>(row) == "ABC");
    CHECK(get<1>(row) == 4);
}

TEMPLATE_TEST_CASE("distinct removes duplicate rows", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto ids = first_fields(db(select(posts.user_id).distinct().from(posts).order_by(posts.user_id.asc())));
    CHECK(ids == std::vector<std::int64_t>{1, 2});
}

TEMPLATE_TEST_CASE("order by sorts ascending and descending, on several keys", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.name.desc()))) ==
          names{"Dora", "Cleo", "Bob", "Ann"});
    CHECK(first_fields(db(select(posts.title).from(posts).order_by(posts.user_id.desc(), posts.title.asc()))) ==
          names{"First post", "Hello", "Quarry tips"});
}

TEMPLATE_TEST_CASE("NULLS FIRST and NULLS LAST place the NULL age; without them the backend decides",
                   "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_last()))) ==
          names{"Bob", "Ann", "Dora", "Cleo"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_first()))) ==
          names{"Cleo", "Dora", "Ann", "Bob"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_first()))) ==
          names{"Cleo", "Bob", "Ann", "Dora"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_last()))) ==
          names{"Dora", "Ann", "Bob", "Cleo"});
    const auto ascending = first_fields(db(select(users.name).from(users).order_by(users.age.asc())));
    if constexpr (is_postgresql<TestType>) {
        CHECK(ascending == names{"Bob", "Ann", "Dora", "Cleo"});  // NULL sorts as the largest value
    } else {
        CHECK(ascending == names{"Cleo", "Bob", "Ann", "Dora"});  // NULL sorts as the smallest value
    }
}

TEMPLATE_TEST_CASE("limit and offset page through ordered rows", "[select]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto page = [&](std::int64_t size, std::int64_t skip) {
        return first_fields(db(select(users.name).from(users).order_by(users.id.asc()).limit(size).offset(skip)));
    };
    CHECK(page(2, 0) == names{"Ann", "Bob"});
    CHECK(page(2, 2) == names{"Cleo", "Dora"});
    CHECK(page(2, 3) == names{"Dora"});
    CHECK(page(2, 4).empty());
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.id.desc()).limit(1))) == names{"Dora"});
}

TEMPLATE_TEST_CASE("on_statement sees the SQL text with placeholders, never the values", "[select]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> seen;
    db.on_statement([&](const statement_event& e) { seen.emplace_back(e.sql); });
    db(select(users.name).from(users).where(users.name == "Bob")).one();
    CHECK(seen == names{std::string(per_backend<TestType>(
                      R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = ?)",
                      "SELECT `users`.`name` FROM `users` WHERE `users`.`name` = ?",
                      R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = $1)"))});
}
