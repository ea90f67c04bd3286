#pragma once
// The MariaDB tests' starting point: a connection over the socket to the test
// database, with the shared tables made afresh in every test case. The people data
// set is tests/integration/fixtures.hpp's (add_people, add_employees).
#include <quarry/mysql/connection.hpp>
#include <quarry/quarry.hpp>

#include "integration/fixtures.hpp"
#include "schema.hpp"
#include "servers.hpp"

// A connection with the shared tables dropped.
inline quarry::mysql::connection dropped_database() {
    using namespace quarry;
    mysql::connection db{test_servers::mysql_socket()};
    db(drop_table(posts).if_exists());  // posts first: it references users
    db(drop_table(users).if_exists());
    db(drop_table(employees).if_exists());
    db(drop_table(samples).if_exists());
    return db;
}

// A connection with the shared tables created empty.
inline quarry::mysql::connection empty_database() {
    using namespace quarry;
    mysql::connection db = dropped_database();
    db(create_table(users));
    db(create_table(posts));
    db(create_table(employees));
    db(create_table(samples));
    return db;
}

// The same, with the people data set in users, posts and employees.
inline quarry::mysql::connection people_database() {
    using namespace quarry;
    mysql::connection db = dropped_database();
    add_people(db);
    add_employees(db);
    db(create_table(samples));
    return db;
}
