// Prepared statements with named parameters on every backend: prepared once, run
// many times, each time with the values set since. (`.template set<"name">` only
// because the connection's type depends on the backend; in plain code it is `.set<"name">`.)
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEMPLATE_TEST_CASE("prepare once, set a parameter, run; set a new value, run again", "[prepared]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto older_than = db.prepare(
        select(users.name).from(users).where(users.age > parameter<"min_age">(users.age)).order_by(users.id.asc()));
    older_than.template set<"min_age">(30);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Dora"});
    older_than.template set<"min_age">(40);
    CHECK(first_fields(db(older_than)) == names{"Dora"});
    older_than.template set<"min_age">(std::nullopt);  // NULL: `age > NULL` matches nothing
    CHECK(first_fields(db(older_than)).empty());
    older_than.template set<"min_age">(10);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Bob", "Dora"});
}

TEMPLATE_TEST_CASE("a parameter keeps its value across runs until set again", "[prepared]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto by_id = db.prepare(select(users.name).from(users).where(users.id == parameter<"id", std::int64_t>()));
    by_id.template set<"id">(2);
    CHECK(db(by_id).one().name == "Bob");
    CHECK(db(by_id).one().name == "Bob");
}

TEMPLATE_TEST_CASE("several parameters, and one name used twice binds the same value twice", "[prepared]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto query = db.prepare(select(users.name)
                                .from(users)
                                .where((users.id == parameter<"id", std::int64_t>() ||
                                        users.id == parameter<"id", std::int64_t>() + 1) &&
                                       users.name != parameter<"skip">(users.name))
                                .order_by(users.id.asc()));
    query.template set<"id">(2).template set<"skip">("Nobody");
    CHECK(first_fields(db(query)) == names{"Bob", "Cleo"});
    query.template set<"skip">("Cleo");
    CHECK(first_fields(db(query)) == names{"Bob"});
}

TEMPLATE_TEST_CASE("a parameter never set is a usage_error; setting it makes the statement run", "[prepared]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto by_name = db.prepare(select(users.id).from(users).where(users.name == parameter<"name">(users.name)));
    CHECK_THROWS_AS(db(by_name), usage_error);
    by_name.template set<"name">("Cleo");
    CHECK(db(by_name).one().id == 3);
}

TEMPLATE_TEST_CASE("a prepared insert runs once per row with new values, NULL included", "[prepared]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto add = db.prepare(insert_into(users).set(users.name = parameter<"name">(users.name),
                                                 users.age = parameter<"age">(users.age)));
    add.template set<"name">("Ann").template set<"age">(31);
    const auto ann = db(add);
    add.template set<"name">("Bob").template set<"age">(std::nullopt);
    const auto bob = db(add);
    // PostgreSQL reports no last_insert_id (0); ask with RETURNING there.
    CHECK(ann.last_insert_id == (is_postgresql<TestType> ? 0 : 1));
    CHECK(bob.last_insert_id == (is_postgresql<TestType> ? 0 : 2));
    add.template set<"name">("Cleo").template set<"age">(std::optional<std::int32_t>{7});
    CHECK(db(add).rows_affected == 1);
    CHECK(first_fields(db(select(users.age).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::int32_t>>{31, std::nullopt, 7});
}

TEMPLATE_TEST_CASE("prepared update and delete report rows affected", "[prepared]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto birthday =
        db.prepare(update(users).set(users.age = users.age + 1).where(users.name == parameter<"name">(users.name)));
    auto remove = db.prepare(delete_from(posts).where(posts.user_id == parameter<"user", std::int64_t>()));
    birthday.template set<"name">("Bob");
    CHECK(db(birthday).rows_affected == 1);
    CHECK(db(birthday).rows_affected == 1);
    CHECK(db(select(users.age).from(users).where(users.name == "Bob")).one().age == 19);
    remove.template set<"user">(1);
    CHECK(db(remove).rows_affected == 2);
    CHECK(db(remove).rows_affected == 0);
}

TEMPLATE_TEST_CASE("running a prepared statement whose result is still being read is a usage_error", "[prepared]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto all = db.prepare(select(users.name).from(users).where(users.id > parameter<"id", std::int64_t>())
                              .order_by(users.id.asc()));
    all.template set<"id">(0);
    {
        auto rows = db(all);
        auto it = rows.begin();
        CHECK((*it).name == "Ann");
        CHECK_THROWS_AS(db(all), usage_error);
    }
    // Once the first result is gone, the statement runs again.
    CHECK(first_fields(db(all)).size() == 4);
}

TEMPLATE_TEST_CASE("the SQL of a prepared statement has placeholders, not values", "[prepared]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> seen;
    db.on_statement([&](const statement_event& e) { seen.emplace_back(e.sql); });
    auto by_name = db.prepare(select(users.id).from(users).where(users.name == parameter<"name">(users.name)));
    by_name.template set<"name">("Dora");
    CHECK(db(by_name).one().id == 4);
    CHECK(seen == names{std::string(per_backend<TestType>(
                      R"(SELECT "users"."id" FROM "users" WHERE "users"."name" = ?)",
                      "SELECT `users`.`id` FROM `users` WHERE `users`.`name` = ?",
                      R"(SELECT "users"."id" FROM "users" WHERE "users"."name" = $1)"))});
}

TEMPLATE_TEST_CASE("a prepared statement may also bind plain values, fixed when it was built", "[prepared]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto adults_named = db.prepare(select(users.name)
                                       .from(users)
                                       .where(users.age >= 18 && users.name.like(parameter<"pattern">(users.name)))
                                       .order_by(users.id.asc()));
    adults_named.template set<"pattern">("%a");
    CHECK(first_fields(db(adults_named)) == names{"Dora"});
    adults_named.template set<"pattern">("A%");
    CHECK(first_fields(db(adults_named)) == names{"Ann"});
}
