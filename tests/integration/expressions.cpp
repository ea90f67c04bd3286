// Expressions evaluated by every backend: comparisons, logic, arithmetic, LIKE, IN,
// BETWEEN, IS NULL, CASE, COALESCE, NULLIF, CAST and the string functions. Where
// README's Dialects table lists a difference (division by zero, LIKE's case rules),
// the test asserts each backend's documented behaviour.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;
using ages = std::vector<std::optional<std::int64_t>>;

QUARRY_ALIAS(stage);

namespace {
// The names of the users matching `condition`, by id.
template <class Connection, class Condition>
names users_where(Connection& db, const Condition& condition) {
    return first_fields(db(select(users.name).from(users).where(condition).order_by(users.id.asc())));
}
}  // namespace

TEMPLATE_TEST_CASE("comparison operators", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.age == 31) == names{"Ann"});
    CHECK(users_where(db, users.age != 31) == names{"Bob", "Dora"});  // NULL <> 31 is not true
    CHECK(users_where(db, users.age < 31) == names{"Bob"});
    CHECK(users_where(db, users.age <= 31) == names{"Ann", "Bob"});
    CHECK(users_where(db, users.age > 31) == names{"Dora"});
    CHECK(users_where(db, users.age >= 31) == names{"Ann", "Dora"});
    CHECK(users_where(db, users.name > "Bob") == names{"Cleo", "Dora"});
}

TEMPLATE_TEST_CASE("AND, OR and NOT, with grouping kept", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.age > 20 && users.name != "Dora") == names{"Ann"});
    CHECK(users_where(db, users.age < 20 || users.name == "Cleo") == names{"Bob", "Cleo"});
    CHECK(users_where(db, !(users.age > 20)) == names{"Bob"});
    CHECK(users_where(db, (users.id == 1 || users.id == 2) && users.age < 20) == names{"Bob"});
    CHECK(users_where(db, users.id == 1 || (users.id == 2 && users.age > 20)) == names{"Ann"});
}

TEMPLATE_TEST_CASE("integer arithmetic is done in 64 bits and read as int64", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(users.age + 1, users.age - 1, users.age * 2, users.age / 2, users.age % 4, -users.age,
                         users.id + users.id * 3, (users.id + 1) * 3)
                      .from(users)
                      .where(users.id == 1))
                   .one();
    STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<0, decltype(row)>, std::optional<std::int64_t>>);
    CHECK(get<0>(row) == 32);
    CHECK(get<1>(row) == 30);
    CHECK(get<2>(row) == 62);
    CHECK(get<3>(row) == 15);  // integer division truncates (DIV on MySQL)
    CHECK(get<4>(row) == 3);
    CHECK(get<5>(row) == -31);
    CHECK(get<6>(row) == 4);
    CHECK(get<7>(row) == 6);
}

TEMPLATE_TEST_CASE("arithmetic with a NULL operand is NULL; a zero divisor is NULL, or an error on PostgreSQL",
                   "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(select(users.age + 1).from(users).order_by(users.id.asc()))) == ages{32, 18, std::nullopt, 46});
    if constexpr (is_postgresql<TestType>) {
        auto sqlstate_of = [&](const auto& query) {
            try {
                db(query).to_vector();
            } catch (const database_error& e) {
                return e.sqlstate();
            }
            return std::string("no error");
        };
        CHECK(sqlstate_of(select(users.id / 0).from(users)) == "22012");  // division_by_zero
        CHECK(sqlstate_of(select(users.id % 0).from(users)) == "22012");
    } else {
        CHECK(first_fields(db(select(users.id / 0).from(users).where(users.id == 1))) == ages{std::nullopt});
        CHECK(first_fields(db(select(users.id % 0).from(users).where(users.id == 1))) == ages{std::nullopt});
    }
}

TEMPLATE_TEST_CASE("arithmetic with a double is done in double", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(cast<double>(users.age) / 2, users.id * 1.5).from(users).where(users.id == 1)).one();
    STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<1, decltype(row)>, double>);
    CHECK(get<0>(row) == 15.5);
    CHECK(get<1>(row) == 1.5);
}

TEMPLATE_TEST_CASE("LIKE and NOT LIKE match patterns; whether LIKE ignores case is the backend's rule",
                   "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.name.like("_o%")) == names{"Bob", "Dora"});
    CHECK(users_where(db, users.name.not_like("%a")) == names{"Ann", "Bob", "Cleo"});
    if constexpr (is_postgresql<TestType>) {
        CHECK(users_where(db, users.name.like("a%")).empty());  // case-sensitive
    } else {
        // SQLite ignores ASCII case; MariaDB follows the collation, which ignores case by default.
        CHECK(users_where(db, users.name.like("a%")) == names{"Ann"});
    }
}

TEMPLATE_TEST_CASE("escape_like makes % and _ match themselves; ilike ignores case everywhere", "[expressions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    db(insert_into(users).set(users.name = "50%_off"));
    db(insert_into(users).set(users.name = "50 and more"));
    CHECK(users_where(db, users.name.like("50%")) == names{"50%_off", "50 and more"});
    CHECK(users_where(db, users.name.like(escape_like("50%_") + "%")) == names{"50%_off"});
    CHECK(users_where(db, users.name.ilike("ANN")) == names{"Ann"});
    CHECK(users_where(db, users.name.ilike("a%")) == names{"Ann"});
    CHECK(users_where(db, users.name.not_ilike("%O%")) == names{"Ann"});
}

TEMPLATE_TEST_CASE("IN and NOT IN over a fixed list", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.id.in(1, 3)) == names{"Ann", "Cleo"});
    CHECK(users_where(db, users.id.not_in(1, 3)) == names{"Bob", "Dora"});
    CHECK(users_where(db, users.name.in("Dora", "Bob", "Nobody")) == names{"Bob", "Dora"});
    // Cleo's age is NULL, so "NULL NOT IN (17, 31)" is unknown, not true.
    CHECK(users_where(db, users.age.not_in(17, 31)) == names{"Dora"});
}

TEMPLATE_TEST_CASE("IN and NOT IN over a vector, including an empty one", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.id.in(std::vector<std::int64_t>{2, 4})) == names{"Bob", "Dora"});
    CHECK(users_where(db, users.name.in(std::vector<std::string>{"Cleo"})) == names{"Cleo"});
    CHECK(users_where(db, users.id.not_in(std::vector<std::int64_t>{2, 4})) == names{"Ann", "Cleo"});
    CHECK(users_where(db, users.id.in(std::vector<std::int64_t>{})).empty());
    CHECK(users_where(db, users.id.not_in(std::vector<std::int64_t>{})) == names{"Ann", "Bob", "Cleo", "Dora"});
    // The same query type with another vector length gets its own SQL text.
    CHECK(users_where(db, users.id.in(std::vector<std::int64_t>{1, 2, 3})) == names{"Ann", "Bob", "Cleo"});
}

TEMPLATE_TEST_CASE("IN and NOT IN over a subquery", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.id.in(select(posts.user_id).from(posts))) == names{"Ann", "Bob"});
    CHECK(users_where(db, users.id.not_in(select(posts.user_id).from(posts))) == names{"Cleo", "Dora"});
}

TEMPLATE_TEST_CASE("BETWEEN includes both bounds", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.age.between(17, 31)) == names{"Ann", "Bob"});
    CHECK(users_where(db, users.name.between("B", "D")) == names{"Bob", "Cleo"});
}

TEMPLATE_TEST_CASE("IS NULL and IS NOT NULL", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(users_where(db, users.age.is_null()) == names{"Cleo"});
    CHECK(users_where(db, users.age.is_not_null()) == names{"Ann", "Bob", "Dora"});
}

TEMPLATE_TEST_CASE("CASE picks the first true branch, else the ELSE value", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto with_else = case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("unknown");
    auto rows = db(select(with_else.as(stage)).from(users).order_by(users.id.asc()));
    CHECK(first_fields(rows) == names{"adult", "minor", "unknown", "adult"});

    // Without ELSE, no matching branch gives NULL.
    auto without_else = case_when(users.age < 18, "minor").when(users.age >= 18, "adult");
    CHECK(first_fields(db(select(without_else).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::string>>{"adult", "minor", std::nullopt, "adult"});
}

TEMPLATE_TEST_CASE("COALESCE takes the first non-NULL value; NULLIF turns a value into NULL", "[expressions]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto filled = db(select(coalesce(users.age, 0)).from(users).order_by(users.id.asc())).to_vector();
    STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<0, typename decltype(filled)::value_type>, std::int32_t>);
    CHECK(first_fields(db(select(coalesce(users.age, 0)).from(users).order_by(users.id.asc()))) ==
          std::vector<std::int32_t>{31, 17, 0, 45});
    CHECK(first_fields(db(select(nullif(users.age, 17)).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::int32_t>>{31, std::nullopt, std::nullopt, 45});
}

TEMPLATE_TEST_CASE("CAST converts between numbers and text", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(cast<std::string>(users.id), cast<double>(users.age), cast<std::int64_t>(std::string("42")),
                         cast<std::int64_t>(2.0))
                      .from(users)
                      .where(users.id == 2))
                   .one();
    CHECK(get<0>(row) == "2");
    CHECK(get<1>(row) == 17.0);
    CHECK(get<2>(row) == 42);
    CHECK(get<3>(row) == 2);
}

TEMPLATE_TEST_CASE("concat joins text; a NULL part makes the whole NULL", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(select(concat(users.name, " #", cast<std::string>(users.id))).from(users).where(users.id <= 2)
                              .order_by(users.id.asc()))) == names{"Ann #1", "Bob #2"});
    CHECK(first_fields(db(select(concat(users.name, cast<std::string>(users.age))).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<std::string>>{"Ann31", "Bob17", std::nullopt, "Dora45"});
}

TEMPLATE_TEST_CASE("lower, upper, trim, ltrim and rtrim", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto row = db(select(lower(users.name), upper(users.name), trim(std::string("  x y  ")),
                         ltrim(std::string("  x  ")), rtrim(std::string("  x  ")))
                      .from(users)
                      .where(users.id == 1))
                   .one();
    CHECK(get<0>(row) == "ann");
    CHECK(get<1>(row) == "ANN");
    CHECK(get<2>(row) == "x y");
    CHECK(get<3>(row) == "x  ");
    CHECK(get<4>(row) == "  x");
}

TEMPLATE_TEST_CASE("length and substr count characters, not bytes, in UTF-8 text", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Zoë😀!"));  // 5 characters, 9 bytes
    auto row = db(select(length(users.name), substr(users.name, 3), substr(users.name, 4, 1), substr(users.name, 1, 2))
                      .from(users))
                   .one();
    STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<0, decltype(row)>, std::int64_t>);
    CHECK(get<0>(row) == 5);
    CHECK(get<1>(row) == "ë😀!");
    CHECK(get<2>(row) == "😀");
    CHECK(get<3>(row) == "Zo");
}

TEMPLATE_TEST_CASE("a condition can be selected as a bool", "[expressions]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(first_fields(db(select(users.age > 18).from(users).order_by(users.id.asc()))) ==
          std::vector<std::optional<bool>>{true, false, std::nullopt, true});
    CHECK(first_fields(db(select(users.age.is_null()).from(users).order_by(users.id.asc()))) ==
          std::vector<bool>{false, false, true, false});
}
