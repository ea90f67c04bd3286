// The seed example in Quarry: create users and posts, insert, then query them
// with a join, a filter and an aggregate. Logs each SQL statement it runs, once it has
// run (a query's line follows its rows).
//
//   demo [database-url]      default: sqlite:///demo.db
//   demo 'postgresql://user:password@127.0.0.1:5432/db'
//   demo 'mysql://user:password@127.0.0.1:3306/db'   (or ?unix_socket=/path/to/socket)
// The demo drops and recreates its two tables.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <quarry/create_engine.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_count);

namespace {

template <class Connection>
void run_demo(Connection& db) {
    using namespace quarry;
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

}  // namespace

int main(int argc, char** argv) {
    try {
        quarry::engine_options settings;
        settings.connection.on_statement = quarry::log_statements(std::cout);
        auto engine = quarry::create_engine(argc > 1 ? argv[1] : "sqlite:///demo.db", std::move(settings));
        engine.visit([](auto& backend) {
            auto db = backend.connect();
            run_demo(db);
        });
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
