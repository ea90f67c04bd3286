// SELECT on SQLite: columns, WHERE, DISTINCT, ORDER BY, LIMIT/OFFSET, aliases, and
// how rows are read (by name, by index, by structured bindings).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "people.hpp"

using namespace quarry;
using names = std::vector<std::string>;

QUARRY_ALIAS(next_age);
QUARRY_ALIAS(greeting);

TEST_CASE("select reads named columns in the requested order") {
    sqlite::connection db{":memory:"};
    add_people(db);
    std::vector<std::string> seen;
    for (const auto& row : db(select(users.name, users.age).from(users).order_by(users.id.asc()))) {
        seen.push_back(row.name + "=" + (row.age ? std::to_string(*row.age) : "NULL"));
    }
    CHECK(seen == names{"Ann=31", "Bob=17", "Cleo=NULL", "Dora=45"});
}

TEST_CASE("a nullable column reads as std::optional, a NOT NULL one as its plain type") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto row = db(select(users.id, users.name, users.age).from(users).where(users.name == "Cleo")).one();
    STATIC_REQUIRE(std::is_same_v<decltype(row.id), std::int64_t>);
    STATIC_REQUIRE(std::is_same_v<decltype(row.name), std::string>);
    STATIC_REQUIRE(std::is_same_v<decltype(row.age), std::optional<std::int32_t>>);
    CHECK(row.id == 3);
    CHECK(row.age == std::nullopt);
}

TEST_CASE("all_of selects every column of a table in declaration order") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto row = db(select(all_of(users)).from(users).where(users.id == 2)).one();
    CHECK(row.id == 2);
    CHECK(row.name == "Bob");
    CHECK(row.age == 17);
}

TEST_CASE("rows can be read by index and by structured bindings") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto row = db(select(users.name, users.age).from(users).where(users.id == 4)).one();
    CHECK(get<0>(row) == "Dora");
    CHECK(get<1>(row) == 45);
    auto [name, age] = row;
    CHECK(name == "Dora");
    CHECK(age == 45);
}

TEST_CASE("an aliased expression is read by its alias") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto row = db(select(users.name, (users.age + 1).as(next_age), concat("hi ", users.name).as(greeting))
                      .from(users)
                      .where(users.id == 1))
                   .one();
    CHECK(row.name == "Ann");
    CHECK(row.next_age == 32);
    CHECK(row.greeting == "hi Ann");
}

TEST_CASE("a C++ value in the select list is bound and read back") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto row = db(select(users.name, 42, std::string("x")).from(users).where(users.id == 2)).one();
    CHECK(get<0>(row) == "Bob");
    CHECK(get<1>(row) == 42);
    CHECK(get<2>(row) == "x");
}

TEST_CASE("select without FROM evaluates expressions of values") {
    sqlite::connection db{":memory:"};
    auto row = db(select(upper(std::string("abc")), length(std::string("abcd")))).one();
    CHECK(get<0>(row) == "ABC");
    CHECK(get<1>(row) == 4);
}

TEST_CASE("distinct removes duplicate rows") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto ids = first_fields(db(select(posts.user_id).distinct().from(posts).order_by(posts.user_id.asc())));
    CHECK(ids == std::vector<std::int64_t>{1, 2});
}

TEST_CASE("order by sorts ascending and descending, on several keys") {
    sqlite::connection db{":memory:"};
    add_people(db);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.name.desc()))) ==
          names{"Dora", "Cleo", "Bob", "Ann"});
    CHECK(first_fields(db(select(posts.title).from(posts).order_by(posts.user_id.desc(), posts.title.asc()))) ==
          names{"First post", "Hello", "Quarry tips"});
}

TEST_CASE("NULLS FIRST and NULLS LAST place the NULL age") {
    sqlite::connection db{":memory:"};
    add_people(db);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_last()))) ==
          names{"Bob", "Ann", "Dora", "Cleo"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_first()))) ==
          names{"Cleo", "Dora", "Ann", "Bob"});
    // SQLite's default puts NULL first when ascending.
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc()))) ==
          names{"Cleo", "Bob", "Ann", "Dora"});
}

TEST_CASE("limit and offset page through ordered rows") {
    sqlite::connection db{":memory:"};
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

TEST_CASE("on_statement sees the SQL text with placeholders, never the values") {
    sqlite::connection db{":memory:"};
    add_people(db);
    std::vector<std::string> seen;
    db.on_statement([&](std::string_view sql) { seen.emplace_back(sql); });
    db(select(users.name).from(users).where(users.name == "Bob")).one();
    CHECK(seen == names{R"(SELECT "users"."name" FROM "users" WHERE "users"."name" = ?)"});
}

TEST_CASE("a file database keeps its rows after the connection closes") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("quarry-sqlite-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "people.db").string();
    {
        sqlite::connection db{path};
        add_people(db);
    }
    {
        sqlite::connection db{path};
        CHECK(first_fields(db(select(users.name).from(users).order_by(users.id.asc()))) ==
              names{"Ann", "Bob", "Cleo", "Dora"});
    }
    std::filesystem::remove_all(dir);
}
