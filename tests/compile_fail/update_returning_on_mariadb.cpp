// expect: MariaDB has no UPDATE ... RETURNING
// MariaDB returns rows from INSERT and DELETE, but not from UPDATE.
#include <quarry/mysql/connection.hpp>

#include "schema.hpp"

void misuse(quarry::mariadb::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(update(users).set(users.age = 3).where(users.id == 1).returning(users.age));
#else
    db(delete_from(users).where(users.id == 1).returning(users.id));
#endif
}
