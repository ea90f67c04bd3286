// Prepared statements with named parameters: prepared once, run many times, each
// time with the values set since.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "people.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEST_CASE("prepare once, set a parameter, run; set a new value, run again") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto older_than = db.prepare(
        select(users.name).from(users).where(users.age > parameter<"min_age">(users.age)).order_by(users.id.asc()));
    older_than.set<"min_age">(30);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Dora"});
    older_than.set<"min_age">(40);
    CHECK(first_fields(db(older_than)) == names{"Dora"});
    older_than.set<"min_age">(10);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Bob", "Dora"});
}

TEST_CASE("a parameter keeps its value across runs until set again") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto by_id = db.prepare(select(users.name).from(users).where(users.id == parameter<"id", std::int64_t>()));
    by_id.set<"id">(2);
    CHECK(db(by_id).one().name == "Bob");
    CHECK(db(by_id).one().name == "Bob");
}

TEST_CASE("several parameters, and one name used twice binds the same value twice") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto query = db.prepare(select(users.name)
                                .from(users)
                                .where((users.id == parameter<"id", std::int64_t>() ||
                                        users.id == parameter<"id", std::int64_t>() + 1) &&
                                       users.name != parameter<"skip">(users.name))
                                .order_by(users.id.asc()));
    query.set<"id">(2).set<"skip">("Nobody");
    CHECK(first_fields(db(query)) == names{"Bob", "Cleo"});
    query.set<"skip">("Cleo");
    CHECK(first_fields(db(query)) == names{"Bob"});
}

TEST_CASE("a parameter never set is a usage_error; setting it makes the statement run") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto by_name = db.prepare(select(users.id).from(users).where(users.name == parameter<"name">(users.name)));
    CHECK_THROWS_AS(db(by_name), usage_error);
    by_name.set<"name">("Cleo");
    CHECK(db(by_name).one().id == 3);
}

TEST_CASE("a prepared insert runs once per row with new values, NULL included") {
    sqlite::connection db{":memory:"};
    db(create_table(users));
    auto add = db.prepare(insert_into(users).set(users.name = parameter<"name">(users.name),
                                                 users.age = parameter<"age">(users.age)));
    add.set<"name">("Ann").set<"age">(31);
    CHECK(db(add).last_insert_id == 1);
    add.set<"name">("Bob").set<"age">(std::nullopt);
    CHECK(db(add).last_insert_id == 2);
    add.set<"name">("Cleo").set<"age">(std::optional<std::int32_t>{7});
    CHECK(db(add).rows_affected == 1);
    CHECK(first_fields(db(select(users.age).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::int32_t>>{31, std::nullopt, 7});
}

TEST_CASE("prepared update and delete report rows affected") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto birthday =
        db.prepare(update(users).set(users.age = users.age + 1).where(users.name == parameter<"name">(users.name)));
    auto remove = db.prepare(delete_from(posts).where(posts.user_id == parameter<"user", std::int64_t>()));
    birthday.set<"name">("Bob");
    CHECK(db(birthday).rows_affected == 1);
    CHECK(db(birthday).rows_affected == 1);
    CHECK(db(select(users.age).from(users).where(users.name == "Bob")).one().age == 19);
    remove.set<"user">(1);
    CHECK(db(remove).rows_affected == 2);
    CHECK(db(remove).rows_affected == 0);
}

TEST_CASE("running a prepared statement whose result is still being read is a usage_error") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto all = db.prepare(select(users.name).from(users).where(users.id > parameter<"id", std::int64_t>()));
    all.set<"id">(0);
    {
        auto rows = db(all);
        auto it = rows.begin();
        CHECK((*it).name == "Ann");
        CHECK_THROWS_AS(db(all), usage_error);
    }
    // Once the first result is gone, the statement runs again.
    CHECK(first_fields(db(all)).size() == 4);
}

TEST_CASE("the SQL of a prepared statement has placeholders, not values") {
    sqlite::connection db{":memory:"};
    add_people(db);
    std::vector<std::string> seen;
    db.on_statement([&](std::string_view sql) { seen.emplace_back(sql); });
    auto by_name = db.prepare(select(users.id).from(users).where(users.name == parameter<"name">(users.name)));
    by_name.set<"name">("Dora");
    CHECK(db(by_name).one().id == 4);
    CHECK(seen == names{R"(SELECT "users"."id" FROM "users" WHERE "users"."name" = ?)"});
}

TEST_CASE("a prepared statement may also bind plain values, fixed when it was built") {
    sqlite::connection db{":memory:"};
    add_people(db);
    auto adults_named = db.prepare(select(users.name)
                                       .from(users)
                                       .where(users.age >= 18 && users.name.like(parameter<"pattern">(users.name)))
                                       .order_by(users.id.asc()));
    adults_named.set<"pattern">("%a");
    CHECK(first_fields(db(adults_named)) == names{"Dora"});
    adults_named.set<"pattern">("A%");
    CHECK(first_fields(db(adults_named)) == names{"Ann"});
}
