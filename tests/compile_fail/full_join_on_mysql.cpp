// expect: MySQL and MariaDB have no FULL OUTER JOIN
// A FULL OUTER JOIN rendered for MySQL, which has none.
#include <string>

#include <quarry/mysql/dialect.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"

std::string misuse() {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    auto q = select(users.name, posts.title).from(users).full_join(posts).on(posts.user_id == users.id);
    return to_sql<mysql::dialect>(q);
#else
    auto q = select(users.name, posts.title).from(users).left_join(posts).on(posts.user_id == users.id);
    return to_sql<mysql::dialect>(q);
#endif
}
