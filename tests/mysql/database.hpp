#pragma once
// The MariaDB tests' starting point: a connection over the socket, and the small data
// set of tests/sqlite/people.hpp, made afresh in every test case:
//
//   users                       posts
//   id  name  age               id  title          user_id
//    1  Ann    31                1  Hello          1 (Ann)
//    2  Bob    17                2  Quarry tips    1 (Ann)
//    3  Cleo   NULL              3  First post     2 (Bob)
//    4  Dora   45
//
//   employees: 1 Ada (no boss), 2 Ben (boss Ada), 3 Cy (boss Ada), 4 Dee (boss Ben)
#include <optional>
#include <tuple>
#include <vector>

#include <quarry/mysql/connection.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"
#include "servers.hpp"

// A connection with the shared tables dropped and created empty.
inline quarry::mysql::connection empty_database() {
    using namespace quarry;
    mysql::connection db{test_servers::mysql_socket()};
    db(drop_table(posts).if_exists());  // posts first: it references users
    db(drop_table(users).if_exists());
    db(drop_table(employees).if_exists());
    db(drop_table(samples).if_exists());
    db(create_table(users));
    db(create_table(posts));
    db(create_table(employees));
    db(create_table(samples));
    return db;
}

inline quarry::mysql::connection people_database() {
    using namespace quarry;
    mysql::connection db = empty_database();
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
    db(insert_into(employees)
           .columns(employees.id, employees.name, employees.boss_id)
           .values(1, "Ada", std::nullopt)
           .values(2, "Ben", 1)
           .values(3, "Cy", 1)
           .values(4, "Dee", 2));
    return db;
}

// The first field of every row, in order.
template <class Result>
auto first_fields(Result&& result) {
    using row_type = typename decltype(result.to_vector())::value_type;
    std::vector<std::tuple_element_t<0, row_type>> values;
    for (const auto& row : result) values.push_back(quarry::get<0>(row));
    return values;
}
