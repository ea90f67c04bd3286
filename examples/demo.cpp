// The seed example in Quarry: create users and posts, insert, then query them
// with a join, a filter and an aggregate. Prints each SQL statement it runs.
//
//   demo [database-file]      (default: demo.db, recreated on each run)
#include <cstdio>
#include <iostream>
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_count);

int main(int argc, char** argv) {
    using namespace quarry;
    const std::string path = argc > 1 ? argv[1] : "demo.db";
    std::remove(path.c_str());

    sqlite::connection db{path};
    db.on_statement([](std::string_view sql) { std::cout << "SQL> " << sql << '\n'; });

    db(create_table(users));
    db(create_table(posts));

    auto tx = db.begin();
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31)).last_insert_id;
    const auto bob = db(insert_into(users).set(users.name = "Bob", users.age = 17)).last_insert_id;
    db(insert_into(users).set(users.name = "Cleo", users.age = std::nullopt));
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
    return 0;
}
