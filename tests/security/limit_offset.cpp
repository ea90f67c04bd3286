// LIMIT and OFFSET take integers, and those are bound like any value: the SQL text is
// the same whatever a user asks for, and no number they pass is written into it.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include <quarry/quarry.hpp>

#include "integration/fixtures.hpp"
#include "render/dialect_text.hpp"
#include "security_backends.hpp"

using namespace quarry;

namespace {

auto page_of_names(std::int64_t page_size, std::int64_t skipped) {
    return select(users.name).from(users).order_by(users.id.asc()).limit(page_size).offset(skipped);
}

}  // namespace

TEST_CASE("LIMIT and OFFSET are placeholders on every dialect", "[security][limit]") {
    const auto page = page_of_names(987654321, 123456789);
    CHECK(sqlite_text(page) == R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" ASC LIMIT ? OFFSET ?)");
    CHECK(mysql_text(page) == "SELECT `users`.`name` FROM `users` ORDER BY `users`.`id` ASC LIMIT ? OFFSET ?");
    CHECK(postgresql_text(page) ==
          R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" ASC LIMIT $1 OFFSET $2)");
    // The text is the compiler's constant: the same for any numbers.
    CHECK(sqlite_text(page) == sqlite_text(page_of_names(1, 0)));

    const auto both = select(users.name).from(users).union_all(select(posts.title).from(posts)).limit(5).offset(-7);
    CHECK(postgresql_text(both) == R"(SELECT "users"."name" FROM "users" UNION ALL SELECT "posts"."title" FROM "posts" )"
                                   R"(LIMIT $1 OFFSET $2)");
}

TEMPLATE_TEST_CASE("a page size from a request reaches the database only as a bound value", "[security][limit]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    std::vector<std::string> sent;
    db.on_statement([&](const statement_event& event) { sent.emplace_back(event.sql); });

    const std::int64_t page_size = std::stoll("2");  // as parsed from a query string
    const std::int64_t skipped = std::stoll("1");
    CHECK(first_fields(db(page_of_names(page_size, skipped))) == std::vector<std::string>{"Bob", "Cleo"});
    CHECK(first_fields(db(page_of_names(1000000007, 3))) == std::vector<std::string>{"Dora"});

    REQUIRE(sent.size() == 2);
    CHECK(sent[0] == sent[1]);
    for (const std::string& sql : sent) CHECK(sql.find("1000000007") == std::string::npos);
}
