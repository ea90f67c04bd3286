// expect: a column's table is not in FROM
// An optional condition is checked like any other, whether it is set or not.
#include <optional>
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, const std::optional<std::string>& title) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).where(if_set(title, [](const std::string& t) { return posts.title == t; })));
#else
    db(select(posts.id).from(posts).where(if_set(title, [](const std::string& t) { return posts.title == t; })));
#endif
}
