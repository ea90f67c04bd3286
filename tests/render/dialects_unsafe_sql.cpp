// unsafe_sql and unsafe_sql_expr on SQLite, MySQL/MariaDB and PostgreSQL: the text as
// written, with each `?` outside quotes and comments rewritten to the dialect's
// placeholder, values bound and columns written in place.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "dialect_text.hpp"

using namespace quarry;

namespace {
template <class Statement>
concept has_rows = requires { typename Statement::row_type; };
}  // namespace

TEST_CASE("unsafe_sql: placeholders become the dialect's", "[render][dialects][unsafe_sql]") {
    auto q = unsafe_sql<std::int64_t, std::string>("SELECT id, name FROM users WHERE age > ? AND id < ?", 18, 100);
    REQUIRE(sqlite_text(q) == "SELECT id, name FROM users WHERE age > ? AND id < ?");
    REQUIRE(mysql_text(q) == "SELECT id, name FROM users WHERE age > ? AND id < ?");
    REQUIRE(postgresql_text(q) == "SELECT id, name FROM users WHERE age > $1 AND id < $2");
}

TEST_CASE("unsafe_sql: a ? inside quotes or comments is text", "[render][dialects][unsafe_sql]") {
    auto q = unsafe_sql<std::string>("SELECT 'it''s ?' AS \"why?\" /* ? */ FROM t -- ?\nWHERE a = ? AND `b?` = ?", 1,
                                     "two");
    REQUIRE(postgresql_text(q) == "SELECT 'it''s ?' AS \"why?\" /* ? */ FROM t -- ?\nWHERE a = $1 AND `b?` = $2");
    REQUIRE(sqlite_text(q) == "SELECT 'it''s ?' AS \"why?\" /* ? */ FROM t -- ?\nWHERE a = ? AND `b?` = ?");
}

TEST_CASE("unsafe_sql: result columns make the row type; none make a command", "[render][unsafe_sql]") {
    using query_t = decltype(unsafe_sql<std::int64_t, std::optional<std::string>>("SELECT 1, NULL"));
    using row_t = query_t::row_type;
    static_assert(std::is_same_v<std::tuple_element_t<0, row_t>, std::int64_t>);
    static_assert(std::is_same_v<std::tuple_element_t<1, row_t>, std::optional<std::string>>);
    static_assert(!query_t::may_change_session);
    using command_t = decltype(unsafe_sql("SET TIME ZONE 'UTC'"));
    static_assert(has_rows<query_t> && !has_rows<command_t>);
    static_assert(command_t::may_change_session);
    REQUIRE(postgresql_text(unsafe_sql("SET TIME ZONE 'UTC'")) == "SET TIME ZONE 'UTC'");
}

TEST_CASE("unsafe_sql_expr: columns are written, values bound, the text parenthesized as an operand",
          "[render][dialects][unsafe_sql]") {
    auto q = select(users.name).from(users).where(unsafe_sql_expr<bool>("? % ? = 0", users.id, 2) &&
                                                  users.id > 1);
    REQUIRE(sqlite_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" % ? = 0) AND "users"."id" > ?)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE (`users`.`id` % ? = 0) AND `users`.`id` > ?)");
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."name" FROM "users" WHERE ("users"."id" % $1 = 0) AND "users"."id" > $2)");
}

TEST_CASE("unsafe_sql_expr: typed, so it compares and selects like any expression", "[render][dialects][unsafe_sql]") {
    auto q = select(unsafe_sql_expr<std::int64_t>("? * 2", users.id)).from(users).where(
        unsafe_sql_expr<std::optional<std::int32_t>>("?", users.age) > 3);
    REQUIRE(postgresql_text(q) ==
            R"(SELECT "users"."id" * 2 FROM "users" WHERE ("users"."age") > $1)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`id` * 2 FROM `users` WHERE (`users`.`age`) > ?)");
}
