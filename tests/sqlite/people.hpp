#pragma once
// A small, fixed data set that many SQLite tests start from. Knowing it by heart
// makes the expected results readable:
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

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

inline void add_people(quarry::sqlite::connection& db) {
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

inline void add_employees(quarry::sqlite::connection& db) {
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
