// The seed example in Quarry: create users and posts, insert, then query them
// with a join, a filter and an aggregate. Prints each SQL statement it runs.
//
//   demo [database-url]      default: sqlite:///demo.db
//   demo 'postgresql://user:password@127.0.0.1:5432/db'
//   demo 'mysql://user:password@127.0.0.1:3306/db'   (or ?unix_socket=/path/to/socket)
// The demo drops and recreates its two tables.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <quarry/engine/url.hpp>
#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_count);

namespace {

template <class Connection>
void run_demo(Connection& db) {
    using namespace quarry;
    db.on_statement([](std::string_view sql) { std::cout << "SQL> " << sql << '\n'; });

    drop_all(db, users, posts);
    create_all(db, users, posts);

    auto tx = db.begin();
    std::vector<User> people{{.name = "Ann", .age = 31}, {.name = "Bob", .age = 17}, {.name = "Cleo"}};
    insert(db, users, people);  // one INSERT; each User gets its id
    const User& ann = people[0];
    const User& bob = people[1];
    std::vector<Post> written{{.title = "Hello, world", .user_id = ann.id},
                              {.title = "Quarry in practice", .user_id = ann.id},
                              {.title = "First post", .user_id = bob.id}};
    insert(db, posts, written);
    tx.commit();

    std::cout << "\nAdults and their posts (join + filter):\n";
    for (const auto& row : db(select(users.name, posts.title)
                                  .from(users)
                                  .join(posts).on(posts.user_id == users.id)
                                  .where(users.age >= 18)
                                  .order_by(posts.title.asc()))) {
        std::cout << "  " << row.name << ": " << row.title << '\n';
    }

    std::cout << "\nPosts per user (left join + aggregate):\n";
    for (const auto& [name, count] : db(select(users.name, count(posts.id).as(post_count))
                                            .from(users)
                                            .left_join(posts).on(posts.user_id == users.id)
                                            .group_by(users.name)
                                            .order_by(users.name.asc()))) {
        std::cout << "  " << name << ": " << count << '\n';
    }

    std::cout << "\nUsers without an age (read as structs):\n";
    for (const User& user : as<User>(db(select(all_of(users)).from(users).where(users.age.is_null())))) {
        std::cout << "  #" << user.id << ' ' << user.name << '\n';
    }
}

void run_demo_at(const quarry::url& target) {
    if (target.scheme == "sqlite") {
        quarry::sqlite::connection db{target.database};
        run_demo(db);
    } else if (target.scheme == "postgresql" || target.scheme == "postgres") {
        quarry::postgresql::connect_options options;
        options.host = target.option("host").value_or(target.host.empty() ? "127.0.0.1" : target.host);
        options.port = target.port.value_or(5432);
        options.user = target.user;
        options.password = target.password;
        options.database = target.database;
        quarry::postgresql::connection db{options};
        run_demo(db);
    } else if (target.scheme == "mysql" || target.scheme == "mariadb") {
        quarry::mysql::connect_options options;
        options.host = target.host.empty() ? "127.0.0.1" : target.host;
        options.port = target.port.value_or(3306);
        options.unix_socket = target.option("unix_socket").value_or("");
        options.user = target.user;
        options.password = target.password;
        options.database = target.database;
        quarry::mysql::connection db{options};
        run_demo(db);
    } else {
        throw quarry::url_error("quarry: unknown URL scheme '" + target.scheme +
                                "'; use sqlite, mysql, mariadb, postgresql or postgres");
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        run_demo_at(quarry::url::parse(argc > 1 ? argv[1] : "sqlite:///demo.db"));
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
