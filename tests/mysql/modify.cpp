// INSERT, UPDATE and DELETE on MariaDB: rows_affected and last_insert_id, and
// prepared statements with named parameters run again with new values.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEST_CASE("insert one row reports its AUTO_INCREMENT id") {
    mysql::connection db = empty_database();
    auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31));
    auto bob = db(insert_into(users).set(users.name = "Bob", users.age = std::nullopt));
    CHECK(ann.rows_affected == 1);
    CHECK(ann.last_insert_id == 1);
    CHECK(bob.last_insert_id == 2);
    CHECK(db(select(users.age).from(users).where(users.id == 2)).one().age == std::nullopt);
}

TEST_CASE("a multi-row insert reports the id of its FIRST row, as MySQL does") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = "Ann"));
    auto result = db(insert_into(users).columns(users.name, users.age).values("Bob", 17).values("Cleo", std::nullopt)
                         .values("Dora", 45));
    CHECK(result.rows_affected == 3);
    CHECK(result.last_insert_id == 2);
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.id.asc()))) ==
          names{"Ann", "Bob", "Cleo", "Dora"});
}

TEST_CASE("insert ... select copies rows") {
    mysql::connection db = people_database();
    auto result = db(insert_into(employees)
                         .columns(employees.id, employees.name)
                         .select(select(users.id + 10, users.name).from(users).where(users.age > 20)));
    CHECK(result.rows_affected == 2);
    CHECK(first_fields(db(select(employees.name).from(employees).where(employees.id > 10).order_by(employees.id.asc()))) ==
          names{"Ann", "Dora"});
}

TEST_CASE("update reports the rows it matched, changed or not") {
    mysql::connection db = people_database();
    CHECK(db(update(users).set(users.age = users.age + 1).where(users.age.is_not_null())).rows_affected == 3);
    CHECK(db(update(users).set(users.age = 1).where(users.name == "Nobody")).rows_affected == 0);
    // Dora is 46 already: MySQL would count 0 changed rows; CLIENT_FOUND_ROWS counts the match.
    CHECK(db(update(users).set(users.age = 46).where(users.name == "Dora")).rows_affected == 1);
    CHECK(db(update(users).set(users.age = 0).where(all_rows)).rows_affected == 4);
}

TEST_CASE("delete reports the rows it removed; ON DELETE CASCADE follows") {
    mysql::connection db = people_database();
    CHECK(db(delete_from(posts).where(posts.user_id == 2)).rows_affected == 1);
    CHECK(db(delete_from(posts).where(posts.user_id == 2)).rows_affected == 0);
    CHECK(db(delete_from(users).where(users.name == "Ann")).rows_affected == 1);
    CHECK(get<0>(db(select(count()).from(posts)).one()) == 0);  // Ann's two posts went with her
}

TEST_CASE("prepare once, set a parameter, run; set new values, run again") {
    mysql::connection db = people_database();
    auto older_than = db.prepare(
        select(users.name).from(users).where(users.age > parameter<"min_age">(users.age)).order_by(users.id.asc()));
    older_than.set<"min_age">(30);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Dora"});
    older_than.set<"min_age">(40);
    CHECK(first_fields(db(older_than)) == names{"Dora"});
    older_than.set<"min_age">(std::nullopt);  // NULL: `age > NULL` matches nothing
    CHECK(first_fields(db(older_than)).empty());
    older_than.set<"min_age">(10);
    CHECK(first_fields(db(older_than)) == names{"Ann", "Bob", "Dora"});
}

TEST_CASE("a prepared insert runs many times with text of growing length and NULLs") {
    mysql::connection db = empty_database();
    auto add = db.prepare(insert_into(samples).set(samples.label = parameter<"label">(samples.label),
                                                   samples.payload = parameter<"payload">(samples.payload)));
    std::vector<std::int64_t> ids;
    for (std::size_t size : {1u, 10u, 1000u, 3u}) {
        add.set<"label">(std::string(size, 'q'));
        if (size == 10) add.set<"payload">(std::nullopt);
        else add.set<"payload">(blob(size, std::byte{1}));
        ids.push_back(db(add).last_insert_id);
    }
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4});
    auto rows = db(select(samples.label, samples.payload).from(samples).order_by(samples.id.asc())).to_vector();
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].label == std::string(10, 'q'));
    CHECK(rows[1].payload == std::nullopt);
    CHECK(rows[2].label.size() == 1000);
    CHECK(rows[3].payload == blob(3, std::byte{1}));
}

TEST_CASE("on MariaDB, INSERT and DELETE ... RETURNING hand back the rows") {
    { mysql::connection setup = empty_database(); }
    mariadb::connection db{test_servers::mysql_socket()};
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31).returning(users.id, users.name)).one();
    CHECK(ann.id == 1);
    CHECK(ann.name == "Ann");
    db(insert_into(users).set(users.name = "Bob", users.age = 17));
    const auto gone = db(delete_from(users).where(users.name == "Bob").returning(users.id, users.age)).one();
    CHECK(gone.id == 2);
    CHECK(gone.age == 17);
}
