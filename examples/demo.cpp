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

#include <quarry/create_engine.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_count);

namespace {

template <class Connection>
void run_demo(Connection& db) {
    using namespace quarry;
    db(drop_table(posts).if_exists());
    db(drop_table(users).if_exists());
    db(create_table(users));
    db(create_table(posts));

    auto tx = db.begin();
    db(insert_into(users).set(users.name = "Ann", users.age = 31));
    db(insert_into(users).set(users.name = "Bob", users.age = 17));
    db(insert_into(users).set(users.name = "Cleo", users.age = std::nullopt));
    const auto ann = db(select(users.id).from(users).where(users.name == "Ann")).one().id;
    const auto bob = db(select(users.id).from(users).where(users.name == "Bob")).one().id;
    db(insert_into(posts)
           .columns(posts.title, posts.user_id)
           .values("Hello, world", ann)
           .values("Quarry in practice", ann)
           .values("First post", bob));
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

    std::cout << "\nUsers without an age:\n";
    for (const auto& row : db(select(users.id, users.name, users.age).from(users).where(users.age.is_null()))) {
        std::cout << "  #" << row.id << ' ' << row.name << " (age " << (row.age ? std::to_string(*row.age) : "unknown")
                  << ")\n";
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
