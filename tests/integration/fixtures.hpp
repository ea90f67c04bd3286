#pragma once
// What the integration tests share: the small people data set, made afresh in every
// test case on every backend, and a few ways to read results and to name a backend.
//
//   users                       posts
//   id  name  age               id  title          user_id
//    1  Ann    31                1  Hello          1 (Ann)
//    2  Bob    17                2  Quarry tips    1 (Ann)
//    3  Cleo   NULL              3  First post     2 (Bob)
//    4  Dora   45
//
//   employees: 1 Ada (no boss), 2 Ben (boss Ada), 3 Cy (boss Ada), 4 Dee (boss Ben)
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include <quarry/quarry.hpp>

#include "backends.hpp"
#include "schema.hpp"

template <class Backend>
inline constexpr bool is_sqlite = std::is_same_v<Backend, sqlite_backend>;
template <class Backend>
inline constexpr bool is_mariadb = std::is_same_v<Backend, mariadb_backend>;
template <class Backend>
inline constexpr bool is_postgresql = std::is_same_v<Backend, postgresql_backend>;

// The backend's spelling of one SQL text, for tests that check what was sent.
template <class Backend>
constexpr std::string_view per_backend(std::string_view sqlite, std::string_view mariadb, std::string_view postgresql) {
    if constexpr (is_sqlite<Backend>) return sqlite;
    else if constexpr (is_mariadb<Backend>) return mariadb;
    else return postgresql;
}

template <class Connection>
void add_people(Connection& db) {
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

template <class Connection>
void add_employees(Connection& db) {
    using namespace quarry;
    db(create_table(employees));
    db(insert_into(employees)
           .columns(employees.id, employees.name, employees.boss_id)
           .values(1, "Ada", std::nullopt)
           .values(2, "Ben", 1)
           .values(3, "Cy", 1)
           .values(4, "Dee", 2));
}

// The first field of every row, in order: `first_fields(db(select(users.name)...))`.
template <class Result>
auto first_fields(Result&& result) {
    using row_type = typename decltype(result.to_vector())::value_type;
    std::vector<std::tuple_element_t<0, row_type>> values;
    for (const auto& row : result) values.push_back(quarry::get<0>(row));
    return values;
}

// The names of all users, by id.
template <class Connection>
std::vector<std::string> user_names(Connection& db) {
    using namespace quarry;
    return first_fields(db(select(users.name).from(users).order_by(users.id.asc())));
}
