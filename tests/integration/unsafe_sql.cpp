// unsafe_sql on every backend: one text with `?` runs on all three, values bound and
// rows typed; a command marks the session for reset, a query does not.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;

TEMPLATE_TEST_CASE("unsafe_sql returns typed rows, with its values bound", "[unsafe_sql]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::pair<std::int64_t, std::string>> rows;
    for (const auto& [id, name] :
         db(unsafe_sql<std::int64_t, std::string>("SELECT id, name FROM users WHERE age > ? ORDER BY id", 18)))
        rows.emplace_back(id, name);
    CHECK(rows == std::vector<std::pair<std::int64_t, std::string>>{{1, "Ann"}, {4, "Dora"}});

    auto cleo = db(unsafe_sql<std::optional<std::int32_t>>("SELECT age FROM users WHERE name = ?", "Cleo")).one();
    CHECK(get<0>(cleo) == std::nullopt);
}

TEMPLATE_TEST_CASE("unsafe_sql: a ? in a string literal is text; a value is data", "[unsafe_sql]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto [mark, name] =
        db(unsafe_sql<std::string, std::string>("SELECT 'why?', name FROM users WHERE name = ?", "Bob")).one();
    CHECK(mark == "why?");
    CHECK(name == "Bob");
    CHECK(db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE name = ?", "x' OR '1' = '1")).to_vector().empty());
}

TEMPLATE_TEST_CASE("unsafe_sql without result columns runs a command and marks the session", "[unsafe_sql]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    db(unsafe_sql<std::int64_t>("SELECT COUNT(*) FROM users")).one();
    CHECK_FALSE(db.needs_reset());
    auto done = db(unsafe_sql("UPDATE users SET age = ? WHERE name = ?", 32, "Ann"));
    CHECK(done.rows_affected == 1);
    CHECK(db.needs_reset());
    CHECK(get<0>(db(select(users.age).from(users).where(users.name == "Ann")).one()) == 32);
}

TEMPLATE_TEST_CASE("unsafe_sql_expr inside a select, with a column and a value", "[unsafe_sql]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> even;
    for (const auto& row : db(select(users.name).from(users).where(unsafe_sql_expr<bool>("? % ? = 0", users.id, 2))
                                  .order_by(users.id)))
        even.push_back(row.name);
    CHECK(even == std::vector<std::string>{"Bob", "Dora"});
}
