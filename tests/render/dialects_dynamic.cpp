// Dynamic queries on SQLite, MySQL/MariaDB and PostgreSQL: WHERE with optional
// conditions (if_set, only_if), ORDER BY chosen at run time (choose), optional joins
// (join_if, left_join_if). The text holds only what was chosen, and every value is a
// placeholder with its bind.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "dialect_text.hpp"

using namespace quarry;

namespace {

// A search form with five optional filters.
struct user_search {
    std::optional<std::string> name_like = {};
    std::optional<std::int32_t> min_age = {};
    std::optional<std::int32_t> max_age = {};
    std::optional<std::int64_t> min_id = {};
    bool age_unknown = false;
};

auto search(const user_search& form) {
    return select(users.id, users.name)
        .from(users)
        .where(if_set(form.name_like, [](const std::string& pattern) { return users.name.like(pattern); }),
               if_set(form.min_age, [](std::int32_t age) { return users.age >= age; }),
               if_set(form.max_age, [](std::int32_t age) { return users.age <= age; }),
               if_set(form.min_id, [](std::int64_t id) { return users.id >= id; }),
               only_if(form.age_unknown, users.age.is_null()));
}

struct counting_binder {
    int binds = 0;
    template <class T>
    void bind(int, const T&) {
        ++binds;
    }
    template <class Parameter>
    void bind_parameter(int, const Parameter&) {
        ++binds;
    }
};

// Placeholders in the text, and values the binder is given, for one dialect.
template <class Dialect, class Statement>
std::pair<int, int> placeholders_and_binds(const Statement& statement) {
    sql_writer<Dialect> text;
    statement.render(text);
    counting_binder binder;
    bind_writer<Dialect, counting_binder> binds{binder};
    statement.render(binds);
    return {text.placeholder_count, binder.binds};
}

enum class user_order { name, age, id };

}  // namespace

TEST_CASE("dynamic: a search with no filter set has no WHERE", "[render][dialects][dynamic]") {
    auto q = search({});
    static_assert(decltype(q)::is_dynamic);
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."id", "users"."name" FROM "users")");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`id`, `users`.`name` FROM `users`)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."id", "users"."name" FROM "users")");
}

TEST_CASE("dynamic: a search writes only the filters that are set, in order", "[render][dialects][dynamic]") {
    auto one = search({.min_age = 18});
    REQUIRE(sqlite_text(one) == R"(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= ?)");
    REQUIRE(mysql_text(one) == R"(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` >= ?)");
    REQUIRE(postgresql_text(one) == R"(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1)");

    auto two = search({.name_like = "A%", .min_id = 10});
    REQUIRE(sqlite_text(two) == R"(SELECT "users"."id", "users"."name" FROM "users" )"
                                R"(WHERE "users"."name" LIKE ? ESCAPE '\' AND "users"."id" >= ?)");
    REQUIRE(mysql_text(two) == R"(SELECT `users`.`id`, `users`.`name` FROM `users` )"
                               R"(WHERE `users`.`name` LIKE ? ESCAPE X'5C' AND `users`.`id` >= ?)");
    REQUIRE(postgresql_text(two) == R"(SELECT "users"."id", "users"."name" FROM "users" )"
                                    R"(WHERE "users"."name" LIKE $1 ESCAPE '\' AND "users"."id" >= $2)");

    auto three = search({.min_age = 20, .max_age = 30, .age_unknown = true});
    REQUIRE(postgresql_text(three) ==
            R"(SELECT "users"."id", "users"."name" FROM "users" )"
            R"(WHERE "users"."age" >= $1 AND "users"."age" <= $2 AND "users"."age" IS NULL)");

    auto all = search({.name_like = "B%", .min_age = 1, .max_age = 99, .min_id = 1, .age_unknown = true});
    REQUIRE(postgresql_text(all) ==
            R"(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."name" LIKE $1 ESCAPE '\' )"
            R"(AND "users"."age" >= $2 AND "users"."age" <= $3 AND "users"."id" >= $4 AND "users"."age" IS NULL)");
}

TEST_CASE("dynamic: binds equal placeholders for every combination of five filters", "[render][dialects][dynamic]") {
    for (int chosen = 0; chosen < 32; ++chosen) {
        user_search form;
        if (chosen & 1) form.name_like = "A%";
        if (chosen & 2) form.min_age = 18;
        if (chosen & 4) form.max_age = 65;
        if (chosen & 8) form.min_id = 3;
        form.age_unknown = (chosen & 16) != 0;
        const int values = __builtin_popcount(chosen & 15);
        const auto q = search(form);
        CAPTURE(chosen);
        REQUIRE(placeholders_and_binds<sqlite::dialect>(q) == std::pair{values, values});
        REQUIRE(placeholders_and_binds<mysql::dialect>(q) == std::pair{values, values});
        REQUIRE(placeholders_and_binds<postgresql::dialect>(q) == std::pair{values, values});
        const std::string sql = sqlite_text(q);
        REQUIRE((sql.find(" LIKE ") != std::string::npos) == bool(chosen & 1));
        REQUIRE((sql.find(" >= ?") != std::string::npos) == bool(chosen & 10));
        REQUIRE((sql.find(" <= ?") != std::string::npos) == bool(chosen & 4));
        REQUIRE((sql.find("IS NULL") != std::string::npos) == bool(chosen & 16));
        REQUIRE((sql.find(" WHERE ") != std::string::npos) == (chosen != 0));
    }
}

TEST_CASE("dynamic: optional and plain conditions mix; OR inside keeps its parentheses",
          "[render][dialects][dynamic]") {
    const std::optional<std::int32_t> unset;
    auto q = select(users.name).from(users).where(users.id > 0 || users.age.is_null(),
                                                  if_set(unset, [](std::int32_t a) { return users.age == a; }),
                                                  only_if(true, users.name != "root"));
    REQUIRE(sqlite_text(q) == R"(SELECT "users"."name" FROM "users" )"
                              R"(WHERE ("users"."id" > ? OR "users"."age" IS NULL) AND "users"."name" <> ?)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` )"
                             R"(WHERE (`users`.`id` > ? OR `users`.`age` IS NULL) AND `users`.`name` <> ?)");
    REQUIRE(postgresql_text(q) == R"(SELECT "users"."name" FROM "users" )"
                                  R"(WHERE ("users"."id" > $1 OR "users"."age" IS NULL) AND "users"."name" <> $2)");
}

TEST_CASE("dynamic: several plain conditions in WHERE stay static", "[render][dialects][dynamic]") {
    auto q = select(users.name).from(users).where(users.id > 1, users.id < 5);
    static_assert(!decltype(q)::is_dynamic);
    REQUIRE(static_sql_v<postgresql::dialect, decltype(q)> ==
            R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > $1 AND "users"."id" < $2)");
    REQUIRE(mysql_text(q) == R"(SELECT `users`.`name` FROM `users` WHERE `users`.`id` > ? AND `users`.`id` < ?)");
}

TEST_CASE("dynamic: ORDER BY a column and direction chosen at run time", "[render][dialects][dynamic]") {
    auto by = [](user_order order, sort_direction direction) {
        return select(users.name).from(users).order_by(choose(order, users.name, users.age, users.id).sort(direction),
                                                        users.id.asc());
    };
    REQUIRE(sqlite_text(by(user_order::name, sort_direction::asc)) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."name" ASC, "users"."id" ASC)");
    REQUIRE(mysql_text(by(user_order::age, sort_direction::desc)) ==
            R"(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` DESC, `users`.`id` ASC)");
    REQUIRE(postgresql_text(by(user_order::id, sort_direction::desc)) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."id" DESC, "users"."id" ASC)");
    REQUIRE(sqlite_text(select(users.name).from(users).order_by(choose(1, users.name, users.age).desc())) ==
            R"(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC)");
}

TEST_CASE("dynamic: a key past the list of columns throws where it is chosen", "[render][dynamic]") {
    REQUIRE_THROWS_AS(choose(3, users.name, users.age), std::out_of_range);
    REQUIRE_THROWS_AS(choose(-1, users.name, users.age), std::out_of_range);
    REQUIRE_THROWS_AS(choose(static_cast<user_order>(7), users.name), std::out_of_range);
}

TEST_CASE("dynamic: an optional join is written only when chosen", "[render][dialects][dynamic]") {
    auto titled = [](std::optional<std::string> title) {
        return select(users.name)
            .from(users)
            .join_if(title.has_value(), posts)
            .on(posts.user_id == users.id)
            .where(if_set(title, [](const std::string& t) { return posts.title == t; }));
    };
    REQUIRE(sqlite_text(titled(std::nullopt)) == R"(SELECT "users"."name" FROM "users")");
    REQUIRE(sqlite_text(titled("Hello")) == R"(SELECT "users"."name" FROM "users" INNER JOIN "posts" )"
                                            R"(ON "posts"."user_id" = "users"."id" WHERE "posts"."title" = ?)");
    REQUIRE(mysql_text(titled("Hello")) == R"(SELECT `users`.`name` FROM `users` INNER JOIN `posts` )"
                                           R"(ON `posts`.`user_id` = `users`.`id` WHERE `posts`.`title` = ?)");
    REQUIRE(postgresql_text(titled("Hello")) == R"(SELECT "users"."name" FROM "users" INNER JOIN "posts" )"
                                                R"(ON "posts"."user_id" = "users"."id" WHERE "posts"."title" = $1)");
    auto left = [](bool chosen) {
        return select(users.name).from(users).left_join_if(chosen, posts).on(posts.user_id == users.id && posts.id > 2)
            .where(users.id > 1);
    };
    REQUIRE(postgresql_text(left(false)) == R"(SELECT "users"."name" FROM "users" WHERE "users"."id" > $1)");
    REQUIRE(postgresql_text(left(true)) ==
            R"(SELECT "users"."name" FROM "users" LEFT OUTER JOIN "posts" )"
            R"(ON "posts"."user_id" = "users"."id" AND "posts"."id" > $1 WHERE "users"."id" > $2)");
    REQUIRE(placeholders_and_binds<postgresql::dialect>(left(false)) == std::pair{1, 1});
    REQUIRE(placeholders_and_binds<postgresql::dialect>(left(true)) == std::pair{2, 2});
}
