#pragma once
// A connection for each test, inside a schema of this test process's own, so that two
// runs of the suite (or another suite) on the same server never see each other's
// tables; the schema is dropped when the process ends. Also the small people data set
// of tests/sqlite/people.hpp:
//
//   users                       posts
//   id  name  age               id  title          user_id
//    1  Ann    31                1  Hello          1 (Ann)
//    2  Bob    17                2  Quarry tips    1 (Ann)
//    3  Cleo   NULL              3  First post     2 (Bob)
//    4  Dora   45
//
//   employees: 1 Ada (no boss), 2 Ben (boss Ada), 3 Cy (boss Ada), 4 Dee (boss Ben)
#include <unistd.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"
#include "servers.hpp"

namespace pg_test {

inline const std::string& schema_name() {
    static const std::string name = "quarry_pg_test_" + std::to_string(::getpid());
    return name;
}

// Drops the process's schema when the test binary exits.
struct schema_guard {
    ~schema_guard() {
        try {
            quarry::postgresql::connection db{test_servers::postgresql_socket()};
            db.driver().execute("DROP SCHEMA IF EXISTS " + schema_name() + " CASCADE");
        } catch (...) {
            // Leaving a schema behind on a throwaway server is no failure.
        }
    }
};

inline void use_own_schema(quarry::postgresql::connection& db) {
    schema_name();  // constructed first, so destroyed after the guard that uses it
    static schema_guard guard;
    db.driver().execute("CREATE SCHEMA IF NOT EXISTS " + schema_name());
    db.driver().execute("SET search_path TO " + schema_name());
}

// A connection over the unix socket, with the test tables dropped.
inline quarry::postgresql::connection connect() {
    quarry::postgresql::connection db{test_servers::postgresql_socket()};
    use_own_schema(db);
    using namespace quarry;
    db(drop_table(posts).if_exists());
    db(drop_table(users).if_exists());
    db(drop_table(employees).if_exists());
    db(drop_table(samples).if_exists());
    return db;
}

inline void add_people(quarry::postgresql::connection& db) {
    using namespace quarry;
    db(create_table(users));
    db(create_table(posts));
    db(insert_into(users)
           .columns(users.name, users.age)
           .values("Ann", 31)
           .values("Bob", 17)
           .values("Cleo", std::nullopt)
           .values("Dora", 45));
    db(insert_into(posts)
           .columns(posts.title, posts.user_id)
           .values("Hello", 1)
           .values("Quarry tips", 1)
           .values("First post", 2));
}

inline void add_employees(quarry::postgresql::connection& db) {
    using namespace quarry;
    db(create_table(employees));
    db(insert_into(employees)
           .columns(employees.id, employees.name, employees.boss_id)
           .values(1, "Ada", std::nullopt)
           .values(2, "Ben", 1)
           .values(3, "Cy", 1)
           .values(4, "Dee", 2));
}

// The first field of every row, in order.
template <class Result>
auto first_fields(Result&& result) {
    using row_type = typename decltype(result.to_vector())::value_type;
    std::vector<std::tuple_element_t<0, row_type>> values;
    for (const auto& row : result) values.push_back(quarry::get<0>(row));
    return values;
}

}  // namespace pg_test
