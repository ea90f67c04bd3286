// Upsert on every backend: ON CONFLICT on SQLite and PostgreSQL, ON DUPLICATE KEY
// UPDATE on MariaDB, with the same results. What differs is rows_affected (MariaDB
// counts an updated row twice, and a row kept by DO NOTHING once, since Quarry's
// connection asks for rows found, not changed).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using named_ages = std::vector<std::pair<std::string, std::optional<std::int32_t>>>;

namespace {
template <class Connection>
named_ages all_users(Connection& db) {
    named_ages out;
    for (const auto& row : db(select(users.name, users.age).from(users).order_by(users.id)))
        out.emplace_back(row.name, row.age);
    return out;
}

// rows_affected of an upsert as each backend counts it.
template <class Backend>
std::int64_t affected(std::int64_t sqlite_and_postgresql, std::int64_t mariadb) {
    return is_mariadb<Backend> ? mariadb : sqlite_and_postgresql;
}
}  // namespace

TEMPLATE_TEST_CASE("DO UPDATE takes the values of the row that was to be inserted", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto result = db(insert_into(users)
                         .set(users.name = "Bob", users.age = 18)
                         .on_conflict(users.name)
                         .do_update(users.age = excluded(users.age)));
    CHECK(result.rows_affected == affected<TestType>(1, 2));
    CHECK(all_users(db) == named_ages{{"Ann", 31}, {"Bob", 18}, {"Cleo", std::nullopt}, {"Dora", 45}});
}

TEMPLATE_TEST_CASE("DO UPDATE without a conflict inserts the row", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto result = db(insert_into(users)
                         .set(users.name = "Eve", users.age = 22)
                         .on_conflict(users.name)
                         .do_update(users.age = excluded(users.age)));
    CHECK(result.rows_affected == 1);
    CHECK(all_users(db).back() == std::pair<std::string, std::optional<std::int32_t>>{"Eve", 22});
}

TEMPLATE_TEST_CASE("DO UPDATE combines the existing row with the new one", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // A counter: Ann's age grows by the inserted age; Cleo's NULL counts as 0.
    for (const char* name : {"Ann", "Cleo"}) {
        db(insert_into(users)
               .set(users.name = name, users.age = 5)
               .on_conflict(users.name)
               .do_update(users.age = coalesce(users.age, 0) + excluded(users.age)));
    }
    CHECK(all_users(db) == named_ages{{"Ann", 36}, {"Bob", 17}, {"Cleo", 5}, {"Dora", 45}});
}

TEMPLATE_TEST_CASE("DO NOTHING keeps the existing row", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto keyed = db(insert_into(users).set(users.name = "Ann", users.age = 99).on_conflict(users.name).do_nothing());
    CHECK(keyed.rows_affected == affected<TestType>(0, 1));
    auto any_key = db(insert_into(users).set(users.name = "Dora", users.age = 99).on_conflict().do_nothing());
    CHECK(any_key.rows_affected == affected<TestType>(0, 1));
    auto fresh = db(insert_into(users).set(users.name = "Eve", users.age = 22).on_conflict().do_nothing());
    CHECK(fresh.rows_affected == 1);
    CHECK(all_users(db) == named_ages{{"Ann", 31}, {"Bob", 17}, {"Cleo", std::nullopt}, {"Dora", 45}, {"Eve", 22}});
}

TEMPLATE_TEST_CASE("an upsert of many rows, keyed by the primary key", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    db(insert_into(employees)
           .columns(employees.id, employees.name)
           .values(2, "Benjamin")
           .values(5, "Eli")
           .on_conflict(employees.id)
           .do_update(employees.name = excluded(employees.name)));
    CHECK(first_fields(db(select(employees.name).from(employees).order_by(employees.id))) ==
          std::vector<std::string>{"Ada", "Benjamin", "Cy", "Dee", "Eli"});
}

TEMPLATE_TEST_CASE("an upsert RETURNING the row it inserted or updated", "[upsert]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(insert_into(users)
                      .set(users.name = "Bob", users.age = 18)
                      .on_conflict(users.name)
                      .do_update(users.age = excluded(users.age))
                      .returning(users.id, users.age))
                   .one();
    CHECK(row.id == 2);
    CHECK(row.age == 18);
}
