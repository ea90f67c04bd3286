// Struct mapping on every backend: rows read into structs by field name, structs
// written with INSERT (the generated key written back), UPDATE and DELETE by key.
// Test cases are templates, where `db(query)` is dependent: they read with
// as<T>(db(query)), or with the member as db(query).template as<T>().
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;

namespace {
struct User {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int32_t> age = std::nullopt;  // initialised, so designated initialisers may leave it out

    friend bool operator==(const User&, const User&) = default;
    friend std::ostream& operator<<(std::ostream& out, const User& u) {
        return out << "{" << u.id << ", " << u.name << ", " << (u.age ? std::to_string(*u.age) : "NULL") << "}";
    }
};

// Made reflectable in its definition rather than after it.
struct UserPost {
    BOOST_HANA_DEFINE_STRUCT(UserPost, (std::string, name), (std::string, post_title));
    friend bool operator==(const UserPost&, const UserPost&) = default;
};

struct UserLastPost {
    std::string name;
    std::optional<std::string> title;  // a LEFT JOIN may find no post
    friend bool operator==(const UserLastPost&, const UserLastPost&) = default;
};

struct Sample {
    std::int64_t id = 0;
    std::int32_t small = 0;
    double ratio = 0;
    bool flag = false;
    std::string label;
    std::optional<blob> payload = std::nullopt;
    std::optional<date> day = std::nullopt;
    std::optional<timestamp> moment = std::nullopt;
    std::optional<std::string> quoted = std::nullopt;
    friend bool operator==(const Sample&, const Sample&) = default;
};

struct Ages {
    std::int64_t id = 0;
    std::optional<std::int64_t> age;  // the column is 32 bits
};

struct Membership {
    std::int64_t user_id = 0;
    std::string group_name;
    std::string role;
    friend bool operator==(const Membership&, const Membership&) = default;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
BOOST_HANA_ADAPT_STRUCT(UserLastPost, name, title);
BOOST_HANA_ADAPT_STRUCT(Sample, id, small, ratio, flag, label, payload, day, moment, quoted);
BOOST_HANA_ADAPT_STRUCT(Membership, user_id, group_name, role);
BOOST_HANA_ADAPT_STRUCT(Ages, id, age);

QUARRY_ALIAS(post_title);

// A key of two columns, for UPDATE and DELETE by key.
QUARRY_TABLE(mapped_memberships,
    (user_id,    std::int64_t),
    (group_name, std::string),
    (role,       std::string),
    primary_key(user_id, group_name));

namespace {
const std::vector<User> people = {{1, "Ann", 31}, {2, "Bob", 17}, {3, "Cleo", std::nullopt}, {4, "Dora", 45}};

template <class Connection>
std::vector<User> all_users(Connection& db) {
    return as<User>(db(select(all_of(users)).from(users).order_by(users.id.asc()))).to_vector();
}
}  // namespace

TEMPLATE_TEST_CASE("as<T>() reads each row into a struct, matching columns to fields by name", "[mapping]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(all_users(db) == people);
    // The select list's order need not be the struct's.
    auto reordered = as<User>(db(select(users.age, users.name, users.id).from(users).where(users.id == 3))).one();
    CHECK(reordered == User{3, "Cleo", std::nullopt});
}

TEMPLATE_TEST_CASE("the structs of a result: a loop, first() and one()", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> adults;
    auto adult_users = select(all_of(users)).from(users).where(users.age >= 18).order_by(users.id.asc());
    for (const User& u : as<User>(db(adult_users))) adults.push_back(u.name);
    CHECK(adults == std::vector<std::string>{"Ann", "Dora"});

    auto by_name = [&](const char* name) { return select(all_of(users)).from(users).where(users.name == name); };
    CHECK(as<User>(db(by_name("Bob"))).first() == people[1]);
    CHECK(as<User>(db(by_name("Nobody"))).first() == std::nullopt);
    CHECK(as<User>(db(select(all_of(users)).from(users).order_by(users.id.desc()))).first() == people[3]);
    CHECK_THROWS_WITH(as<User>(db(by_name("Nobody"))).one(),
                      "quarry: one() expected exactly one row but the query returned none");
    CHECK_THROWS_WITH(as<User>(db(select(all_of(users)).from(users))).one(),
                      "quarry: one() expected exactly one row but the query returned several");
}

TEMPLATE_TEST_CASE("a result read as structs cannot be read again", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto result = db(select(all_of(users)).from(users));
    auto structs = as<User>(result);
    CHECK_THROWS_AS(result.begin(), usage_error);
    CHECK(structs.to_vector().size() == 4);
}

TEMPLATE_TEST_CASE("a join read into a struct whose fields are named by aliases", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto posts_by_author = db(select(users.name, posts.title.as(post_title))
                                  .from(users)
                                  .join(posts).on(posts.user_id == users.id)
                                  .order_by(posts.id.asc()))
                               .template as<UserPost>()
                               .to_vector();
    CHECK(posts_by_author ==
          std::vector<UserPost>{{"Ann", "Hello"}, {"Ann", "Quarry tips"}, {"Bob", "First post"}});

    // An outer-joined column may be NULL, so its field is std::optional.
    auto with_posts = db(select(users.name, posts.title)
                             .from(users)
                             .left_join(posts).on(posts.user_id == users.id)
                             .where(users.id >= 2)
                             .order_by(users.id.asc()))
                          .template as<UserLastPost>()
                          .to_vector();
    CHECK(with_posts ==
          std::vector<UserLastPost>{{"Bob", "First post"}, {"Cleo", std::nullopt}, {"Dora", std::nullopt}});
}

TEMPLATE_TEST_CASE("a prepared statement's rows read as structs", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto older_than = db.prepare(select(all_of(users))
                                     .from(users)
                                     .where(users.age > parameter<"age">(users.age))
                                     .order_by(users.id.asc()));
    older_than.template set<"age">(30);
    CHECK(as<User>(db(older_than)).to_vector() == std::vector<User>{people[0], people[3]});
    older_than.template set<"age">(40);
    CHECK(as<User>(db(older_than)).to_vector() == std::vector<User>{people[3]});
}

TEMPLATE_TEST_CASE("insert writes the generated key back into the struct", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    User ann{.name = "Ann", .age = 31};
    insert(db, users, ann);
    CHECK(ann.id == 1);
    User bob{.name = "Bob"};
    insert(db, users, bob);
    CHECK(bob.id == 2);
    CHECK(all_users(db) == std::vector<User>{ann, bob});
}

TEMPLATE_TEST_CASE("insert of many structs is one INSERT, and each gets its key", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    User first{.name = "First"};
    insert(db, users, first);
    std::vector<User> batch{{.name = "Xi", .age = 20}, {.name = "Yu"}, {.name = "Zoe", .age = 9}};
    std::vector<User> none;
    int statements = 0;
    db.on_statement([&](const statement_event&) { ++statements; });
    insert(db, users, batch);
    insert(db, users, none);  // nothing to insert: no statement
    CHECK(statements == 1);
    CHECK(batch == std::vector<User>{{2, "Xi", 20}, {3, "Yu", std::nullopt}, {4, "Zoe", 9}});
    CHECK(all_users(db) == std::vector<User>{first, batch[0], batch[1], batch[2]});
}

TEMPLATE_TEST_CASE("insert_into(t).values(...) takes a struct or a vector of them", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    std::vector<std::string> sent;
    db.on_statement([&](const statement_event& e) { sent.emplace_back(e.sql); });
    CHECK(db(insert_into(users).values(User{.name = "Ann", .age = 31})).rows_affected == 1);
    CHECK(db(insert_into(users).values(std::vector<User>{{.name = "Bob"}, {.name = "Cleo", .age = 5}})).rows_affected ==
          2);
    // The key is the database's to generate: it is not among the columns.
    CHECK(sent == std::vector<std::string>{
                      std::string(per_backend<TestType>(R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))",
                                                        "INSERT INTO `users` (`name`, `age`) VALUES (?, ?)",
                                                        R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2))")),
                      std::string(per_backend<TestType>(
                          R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?))",
                          "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?)",
                          R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4))"))});
    CHECK(all_users(db) == std::vector<User>{{1, "Ann", 31}, {2, "Bob", std::nullopt}, {3, "Cleo", 5}});
}

TEMPLATE_TEST_CASE("update_by_key and delete_by_key find the row by its primary key", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    User bob = people[1];
    bob.name = "Robert";
    bob.age = std::nullopt;
    CHECK(db(update_by_key(users, bob)).rows_affected == 1);
    CHECK(db(delete_by_key(users, people[0])).rows_affected == 1);  // Ann, and her posts by cascade
    CHECK(all_users(db) == std::vector<User>{bob, people[2], people[3]});
    User nobody{.id = 99, .name = "Nobody"};
    CHECK(db(update_by_key(users, nobody)).rows_affected == 0);
    CHECK(db(delete_by_key(users, nobody)).rows_affected == 0);
}

TEMPLATE_TEST_CASE("by key with a composite primary key", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(mapped_memberships));
    std::vector<Membership> members{{1, "admins", "owner"}, {1, "readers", "member"}, {2, "readers", "member"}};
    insert(db, mapped_memberships, members);
    CHECK(db(update_by_key(mapped_memberships, Membership{1, "readers", "moderator"})).rows_affected == 1);
    CHECK(db(delete_by_key(mapped_memberships, Membership{2, "readers", ""})).rows_affected == 1);
    auto left = db(select(all_of(mapped_memberships))
                       .from(mapped_memberships)
                       .order_by(mapped_memberships.user_id.asc(), mapped_memberships.group_name.asc()))
                    .template as<Membership>()
                    .to_vector();
    CHECK(left == std::vector<Membership>{{1, "admins", "owner"}, {1, "readers", "moderator"}});
}

TEMPLATE_TEST_CASE("every value type goes into the database from a struct and comes back the same", "[mapping]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));
    using namespace std::chrono;
    Sample full{.small = -7,
                .ratio = 2.5,
                .flag = true,
                .label = "it's \"quoted\"",
                .payload = blob{std::byte{0}, std::byte{255}},
                .day = sys_days{2024y / February / 29},
                .moment = sys_days{2024y / March / 1} + 13h + 14min + 15s + 123456us,
                .quoted = "q"};
    Sample empty{.label = ""};
    insert(db, samples, full);
    insert(db, samples, empty);
    CHECK(full.id == 1);
    CHECK(empty.id == 2);
    auto back = as<Sample>(db(select(all_of(samples)).from(samples).order_by(samples.id.asc()))).to_vector();
    CHECK(back == std::vector<Sample>{full, empty});
}

TEMPLATE_TEST_CASE("a column reads into a wider integer field", "[mapping]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto ages = as<Ages>(db(select(users.id, users.age).from(users).where(users.id == 4))).one();
    CHECK(ages.id == 4);
    CHECK(ages.age == 45);
}

// MySQL has no RETURNING: keys come from last_insert_id, the first row's for many
// rows. Run with MySQL's dialect against the MariaDB test server.
TEST_CASE("on MySQL, insert writes back keys from last_insert_id", "[mapping]") {
    mysql::connection db{test_servers::mysql_socket()};
    const std::string database = integration_database + "_mysql";
    db.driver().execute("DROP DATABASE IF EXISTS " + database);
    db.driver().execute("CREATE DATABASE " + database);
    db.driver().execute("USE " + database);
    db(create_table(users));
    User ann{.name = "Ann"};
    insert(db, users, ann);
    std::vector<User> batch{{.name = "Bob"}, {.name = "Cleo", .age = 3}};
    insert(db, users, batch);
    CHECK(ann.id == 1);
    CHECK(batch == std::vector<User>{{2, "Bob", std::nullopt}, {3, "Cleo", 3}});
    CHECK(db(select(all_of(users)).from(users).order_by(users.id.asc())).as<User>().to_vector() ==
          std::vector<User>{ann, batch[0], batch[1]});
    db.driver().execute("DROP DATABASE " + database);
}
