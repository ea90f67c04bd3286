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
