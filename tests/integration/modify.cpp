// INSERT, UPDATE and DELETE on every backend, and what each reports back:
// rows_affected, and last_insert_id, which is the backend's own:
//   SQLite      the id of the last row inserted
//   MariaDB     the id of the FIRST row of a multi-row insert
//   PostgreSQL  always 0: ask for the id with RETURNING
#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;
using named_ages = std::vector<std::pair<std::string, std::optional<std::int32_t>>>;

namespace {
template <class Connection>
named_ages all_users(Connection& db) {
    named_ages out;
    for (const auto& row : db(select(users.name, users.age).from(users).order_by(users.id.asc())))
        out.emplace_back(row.name, row.age);
    return out;
}

// last_insert_id as the backend reports it for an insert whose rows got ids first..last.
template <class Backend>
std::int64_t expected_last_insert_id(std::int64_t first, std::int64_t last) {
    if constexpr (is_sqlite<Backend>) return last;
    else if constexpr (is_mariadb<Backend>) return first;
    else return 0;
}
}  // namespace

TEMPLATE_TEST_CASE("insert one row with set(...) reports its id", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31));
    auto bob = db(insert_into(users).set(users.name = "Bob", users.age = std::nullopt));
    auto cleo = db(insert_into(users).set(users.name = "Cleo"));  // age left out: NULL
    CHECK(ann.rows_affected == 1);
    CHECK(ann.last_insert_id == expected_last_insert_id<TestType>(1, 1));
    CHECK(bob.last_insert_id == expected_last_insert_id<TestType>(2, 2));
    CHECK(cleo.last_insert_id == expected_last_insert_id<TestType>(3, 3));
    CHECK(all_users(db) == named_ages{{"Ann", 31}, {"Bob", std::nullopt}, {"Cleo", std::nullopt}});
}

TEMPLATE_TEST_CASE("insert an optional value: engaged stores it, empty stores NULL", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    const std::optional<std::int32_t> known = 40, unknown;
    db(insert_into(users).set(users.name = "Ann", users.age = known));
    db(insert_into(users).set(users.name = "Bob", users.age = unknown));
    CHECK(all_users(db) == named_ages{{"Ann", 40}, {"Bob", std::nullopt}});
}

TEMPLATE_TEST_CASE("std::cref binds a value where it lives: a kept statement reads it at each run", "[modify]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    std::string name = "Ann";
    std::optional<std::int32_t> age = 31;
    const auto insert_person = insert_into(users).set(users.name = std::cref(name), users.age = std::cref(age));
    db(insert_person);
    name = "Bob";
    age.reset();
    db(insert_person);
    CHECK(all_users(db) == named_ages{{"Ann", 31}, {"Bob", std::nullopt}});
    CHECK(db(select(users.age).from(users).where(users.name == std::cref(name))).to_vector().size() == 1);
}

TEMPLATE_TEST_CASE("a plain string is copied in: a statement outlives the string it was given", "[modify]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    const auto insert_named = [](const char* text) {
        std::string local = text;  // dies on return; ASan would see a read of it
        return insert_into(users).set(users.name = local, users.age = std::optional<std::int32_t>(7));
    };
    const auto insert_ann = insert_named("Ann");
    db(insert_ann);
    CHECK(all_users(db) == named_ages{{"Ann", 7}});
}

TEMPLATE_TEST_CASE("a character array is copied in up to its first NUL, short or long", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    char buffer[] = "Ann\0ignored";
    const auto insert_ann = insert_into(users).set(users.name = buffer);
    static_assert(std::is_trivially_copyable_v<decltype(insert_ann)>, "short text is kept inline, not in a string");
    buffer[0] = 'X';  // the statement holds its own copy
    db(insert_ann);
    const std::string long_name(inline_text_capacity, 'b');
    db(insert_into(users).set(users.name = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    CHECK(all_users(db) == named_ages{{"Ann", std::nullopt}, {long_name, std::nullopt}});
    CHECK(db(select(users.id).from(users).where(users.name.like("A%"))).to_vector().size() == 1);
}

TEMPLATE_TEST_CASE("insert many rows at once", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto result = db(insert_into(users)
                         .columns(users.name, users.age)
                         .values("Ann", 31)
                         .values("Bob", std::nullopt)
                         .values("Cleo", 5));
    CHECK(result.rows_affected == 3);
    CHECK(result.last_insert_id == expected_last_insert_id<TestType>(1, 3));
    CHECK(all_users(db) == named_ages{{"Ann", 31}, {"Bob", std::nullopt}, {"Cleo", 5}});
}

TEMPLATE_TEST_CASE("rows can be added to a multi-row insert in a loop", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto insert = insert_into(users).columns(users.name);
    for (const char* name : {"Xi", "Yu", "Zoe"}) insert.values(name);
    CHECK(db(insert).rows_affected == 3);
    CHECK(user_names(db) == names{"Xi", "Yu", "Zoe"});
}

TEMPLATE_TEST_CASE("a multi-row insert without rows is a usage_error, not an SQL syntax error", "[modify]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto insert = insert_into(users).columns(users.name);
    CHECK_THROWS_AS(db(insert), usage_error);
    CHECK(get<0>(db(select(count()).from(users)).one()) == 0);
}

TEMPLATE_TEST_CASE("insert ... select copies the selected rows", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    db(create_table(users));
    auto result = db(insert_into(users)
                         .columns(users.name)
                         .select(select(employees.name).from(employees).where(employees.boss_id == 1)));
    CHECK(result.rows_affected == 2);
    CHECK(all_users(db) == named_ages{{"Ben", std::nullopt}, {"Cy", std::nullopt}});
}

TEMPLATE_TEST_CASE("insert default values applies every declared default", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));
    // DEFAULT VALUES; on MySQL `() VALUES ()`, which means the same.
    auto result = db(insert_into(samples).default_values());
    CHECK(result.rows_affected == 1);
    CHECK(result.last_insert_id == expected_last_insert_id<TestType>(1, 1));
    auto row = db(select(all_of(samples)).from(samples)).one();
    CHECK(row.id == 1);
    CHECK(row.small == 7);
    CHECK(row.ratio == 0.5);
    CHECK(row.flag == false);
    CHECK(row.label == "it's");
    CHECK(row.payload == std::nullopt);
    CHECK(row.day == std::nullopt);
    CHECK(row.moment == std::nullopt);
    CHECK(row.quoted == std::nullopt);
}

TEMPLATE_TEST_CASE("update reports how many rows it changed", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(update(users).set(users.age = users.age + 1).where(users.age.is_not_null())).rows_affected == 3);
    CHECK(all_users(db) == named_ages{{"Ann", 32}, {"Bob", 18}, {"Cleo", std::nullopt}, {"Dora", 46}});
    CHECK(db(update(users).set(users.age = 1).where(users.name == "Nobody")).rows_affected == 0);
    // A row set to the value it has counts too (on MySQL through CLIENT_FOUND_ROWS).
    CHECK(db(update(users).set(users.age = 46).where(users.name == "Dora")).rows_affected == 1);
}

TEMPLATE_TEST_CASE("update sets several columns, including to NULL", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(update(users).set(users.name = "Ann B.", users.age = std::nullopt).where(users.id == 1)).rows_affected == 1);
    CHECK(db(update(users).set(users.age = 20).where(users.name == "Cleo")).rows_affected == 1);
    CHECK(all_users(db) == named_ages{{"Ann B.", std::nullopt}, {"Bob", 17}, {"Cleo", 20}, {"Dora", 45}});
}

TEMPLATE_TEST_CASE("update where(all_rows) changes every row", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(update(users).set(users.age = 0).where(all_rows)).rows_affected == 4);
    CHECK(all_users(db) == named_ages{{"Ann", 0}, {"Bob", 0}, {"Cleo", 0}, {"Dora", 0}});
}

TEMPLATE_TEST_CASE("update with a subquery in its condition", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto result = db(update(users).set(users.age = 99).where(users.id.in(select(posts.user_id).from(posts))));
    CHECK(result.rows_affected == 2);
    CHECK(all_users(db) == named_ages{{"Ann", 99}, {"Bob", 99}, {"Cleo", std::nullopt}, {"Dora", 45}});
}

TEMPLATE_TEST_CASE("delete reports how many rows it removed", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(delete_from(posts).where(posts.user_id == 1)).rows_affected == 2);
    CHECK(first_fields(db(select(posts.title).from(posts))) == names{"First post"});
    CHECK(db(delete_from(posts).where(posts.user_id == 1)).rows_affected == 0);
}

TEMPLATE_TEST_CASE("delete where(all_rows) empties the table", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(db(delete_from(posts).where(all_rows)).rows_affected == 3);
    CHECK(get<0>(db(select(count()).from(posts)).one()) == 0);
}

TEMPLATE_TEST_CASE("deleting a user cascades to their posts", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    // rows_affected counts only the rows of the DELETE's own table.
    CHECK(db(delete_from(users).where(users.name == "Ann")).rows_affected == 1);
    CHECK(first_fields(db(select(posts.title).from(posts))) == names{"First post"});
}

TEMPLATE_TEST_CASE("auto_increment never reuses the id of a deleted row", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    db(insert_into(users).set(users.name = "Bob"));
    db(delete_from(users).where(users.id == 2));
    db(insert_into(users).set(users.name = "Cleo"));
    CHECK(db(select(users.id).from(users).where(users.name == "Cleo")).one().id == 3);
}

TEMPLATE_TEST_CASE("create table if not exists and drop table if exists can repeat", "[modify]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(create_table(users).if_not_exists());
    db(drop_table(users));
    db(drop_table(users).if_exists());
    db(create_table(users));
    CHECK(get<0>(db(select(count()).from(users)).one()) == 0);
}

// RETURNING after all three statements; MariaDB has it for INSERT and DELETE only
// (the next test), and MySQL not at all: there it does not compile.
TEMPLATE_TEST_CASE("RETURNING hands back generated keys and the rows changed", "[modify]", sqlite_backend,
                   postgresql_backend) {
    auto db = TestType::open();
    db(create_table(users));
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31).returning(users.id, users.name)).one();
    CHECK(ann.id == 1);
    CHECK(ann.name == "Ann");
    db(insert_into(users).set(users.name = "Bob", users.age = 17));
    const auto older = db(update(users).set(users.age = users.age + 1).where(users.age > 20).returning(users.age)).to_vector();
    REQUIRE(older.size() == 1);
    CHECK(older[0].age == 32);
    const auto gone = db(delete_from(users).where(users.name == "Bob").returning(users.id)).one();
    CHECK(gone.id == 2);
}

TEST_CASE("MariaDB returns rows from INSERT and DELETE", "[modify]") {
    auto db = mariadb_backend::open();
    db(create_table(users));
    const auto ann = db(insert_into(users).set(users.name = "Ann", users.age = 31).returning(users.id, users.name)).one();
    CHECK(ann.id == 1);
    CHECK(ann.name == "Ann");
    const auto gone = db(delete_from(users).where(users.name == "Ann").returning(users.id)).one();
    CHECK(gone.id == 1);
}
