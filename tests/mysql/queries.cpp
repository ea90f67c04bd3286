// SELECTs on MariaDB: joins, aggregates (SUM and AVG come back as DECIMAL),
// subqueries, IN, LIKE, NULLS FIRST/LAST emulation, CONCAT, CHAR_LENGTH, DIV,
// LIMIT/OFFSET as bound parameters, and a query run inside the loop of another.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "database.hpp"

using namespace quarry;
using names = std::vector<std::string>;

QUARRY_ALIAS(n);
QUARRY_ALIAS(total);
QUARRY_ALIAS(mean);
QUARRY_ALIAS(boss_name);
QUARRY_ALIAS(post_count);

TEST_CASE("an inner join pairs rows; a left join keeps the unmatched as nullopt") {
    mysql::connection db = people_database();
    std::vector<std::pair<std::string, std::optional<std::string>>> rows;
    for (const auto& row : db(select(users.name, posts.title)
                                  .from(users)
                                  .left_join(posts).on(posts.user_id == users.id)
                                  .order_by(users.id.asc(), posts.id.asc()))) {
        rows.emplace_back(row.name, row.title);
    }
    CHECK(rows == std::vector<std::pair<std::string, std::optional<std::string>>>{
                      {"Ann", "Hello"}, {"Ann", "Quarry tips"}, {"Bob", "First post"}, {"Cleo", {}}, {"Dora", {}}});
    CHECK(first_fields(db(select(posts.title).from(posts).join(users).on(posts.user_id == users.id)
                              .where(users.name == "Ann").order_by(posts.id.asc()))) == names{"Hello", "Quarry tips"});
}

TEST_CASE("a self-join through a table alias") {
    mysql::connection db = people_database();
    auto boss = employees.as<"boss">();
    auto rows = db(select(employees.name, boss.name.as(boss_name))
                       .from(employees)
                       .join(boss).on(employees.boss_id == boss.id)
                       .order_by(employees.id.asc()))
                    .to_vector();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Ben");
    CHECK(rows[0].boss_name == "Ada");
    CHECK(rows[2].name == "Dee");
    CHECK(rows[2].boss_name == "Ben");
}

TEST_CASE("SUM and AVG arrive as DECIMAL and read as int64 and double; COUNT as int64") {
    mysql::connection db = people_database();
    auto row = db(select(count().as(n), count(users.age), sum(users.age).as(total), avg(users.age).as(mean),
                         min(users.age), max(users.name))
                      .from(users))
                   .one();
    CHECK(row.n == 4);
    CHECK(get<1>(row) == 3);
    CHECK(row.total == 93);
    CHECK(row.mean == 31.0);
    CHECK(get<4>(row) == 17);
    CHECK(get<5>(row) == "Dora");

    auto none = db(select(sum(users.age), avg(users.age), count()).from(users).where(users.id > 100)).one();
    CHECK(get<0>(none) == std::nullopt);
    CHECK(get<1>(none) == std::nullopt);
    CHECK(get<2>(none) == 0);
}

TEST_CASE("a non-integral AVG reads as double") {
    mysql::connection db = people_database();
    // Ann 31 and Bob 17 average 24; with Eve, 17 and 18 average 17.5.
    CHECK(get<0>(db(select(avg(users.age)).from(users).where(users.name.in("Bob", "Ann", "Nobody")))
                     .one()) == 24.0);
    db(insert_into(users).set(users.name = "Eve", users.age = 18));
    auto mean = get<0>(db(select(avg(users.age)).from(users).where(users.age < 20)).one());
    REQUIRE(mean.has_value());
    CHECK(*mean == Approx(17.5));
}

TEST_CASE("GROUP BY with HAVING") {
    mysql::connection db = people_database();
    std::vector<std::pair<std::int64_t, std::int64_t>> groups;
    for (const auto& row : db(select(posts.user_id, count().as(n))
                                  .from(posts)
                                  .group_by(posts.user_id)
                                  .having(count() > 1)
                                  .order_by(posts.user_id.asc()))) {
        groups.emplace_back(row.user_id, row.n);
    }
    CHECK(groups == std::vector<std::pair<std::int64_t, std::int64_t>>{{1, 2}});
}

TEST_CASE("scalar, correlated and EXISTS subqueries") {
    mysql::connection db = people_database();
    CHECK(first_fields(db(select(users.name).from(users).where(users.age >= select(avg(users.age)).from(users))
                              .order_by(users.id.asc()))) == names{"Ann", "Dora"});
    std::vector<std::optional<std::int64_t>> counts;
    for (const auto& row : db(select(users.name, select(count()).from(posts).where(posts.user_id == users.id)
                                                     .as(post_count))
                                  .from(users)
                                  .order_by(users.id.asc()))) {
        counts.push_back(row.post_count);
    }
    CHECK(counts == std::vector<std::optional<std::int64_t>>{2, 1, 0, 0});
    auto posts_of_user = select(posts.id).from(posts).where(posts.user_id == users.id);
    CHECK(first_fields(db(select(users.name).from(users).where(not_exists(posts_of_user)).order_by(users.id.asc()))) ==
          names{"Cleo", "Dora"});
    auto grouped = select(posts.user_id, count().as(n)).from(posts).group_by(posts.user_id).subquery<"counts">();
    CHECK(first_fields(db(select(grouped.user_id).from(grouped).where(grouped.n > 1))) == std::vector<std::int64_t>{1});
}

TEST_CASE("IN over values, a vector, an empty vector and a subquery") {
    mysql::connection db = people_database();
    auto names_where = [&](auto condition) {
        return first_fields(db(select(users.name).from(users).where(condition).order_by(users.id.asc())));
    };
    CHECK(names_where(users.id.in(1, 3)) == names{"Ann", "Cleo"});
    CHECK(names_where(users.id.in(std::vector<std::int64_t>{2, 4})) == names{"Bob", "Dora"});
    CHECK(names_where(users.name.in(std::vector<std::string>{"Cleo", "Nobody"})) == names{"Cleo"});
    CHECK(names_where(users.id.in(std::vector<std::int64_t>{})).empty());
    CHECK(names_where(users.id.not_in(select(posts.user_id).from(posts))) == names{"Cleo", "Dora"});
}

TEST_CASE("LIKE with escapes, and ilike ignoring case") {
    mysql::connection db = people_database();
    db(insert_into(users).set(users.name = "50%_off\\"));
    auto names_where = [&](auto condition) {
        return first_fields(db(select(users.name).from(users).where(condition).order_by(users.id.asc())));
    };
    CHECK(names_where(users.name.like("%o%")) == names{"Bob", "Cleo", "Dora", "50%_off\\"});
    CHECK(names_where(users.name.like(escape_like("50%_") + "%")) == names{"50%_off\\"});
    CHECK(names_where(users.name.like("%" + escape_like("\\"))) == names{"50%_off\\"});
    CHECK(names_where(users.name.like("5_\\_%")).empty());  // _ escaped: matches only a literal underscore
    CHECK(names_where(users.name.ilike("ANN")) == names{"Ann"});
    CHECK(names_where(users.name.not_ilike("%O%")) == names{"Ann"});
}

TEST_CASE("NULLS FIRST and NULLS LAST place the NULL age, through the IS NULL sort key") {
    mysql::connection db = people_database();
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_last()))) ==
          names{"Bob", "Ann", "Dora", "Cleo"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_first()))) ==
          names{"Cleo", "Dora", "Ann", "Bob"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.asc().nulls_first()))) ==
          names{"Cleo", "Bob", "Ann", "Dora"});
    CHECK(first_fields(db(select(users.name).from(users).order_by(users.age.desc().nulls_last()))) ==
          names{"Dora", "Ann", "Bob", "Cleo"});
}

TEST_CASE("CONCAT, CHAR_LENGTH counting characters, and integer division truncating") {
    mysql::connection db = empty_database();
    db(insert_into(users).set(users.name = "😀é", users.age = 7));
    auto row = db(select(concat(users.name, "-", users.name), length(users.name), users.age / 2, users.age % 4,
                         upper("abc"), substr(users.name, 2))
                      .from(users))
                   .one();
    CHECK(get<0>(row) == "😀é-😀é");
    CHECK(get<1>(row) == 2);
    CHECK(get<2>(row) == 3);
    CHECK(get<3>(row) == 3);
    CHECK(get<4>(row) == "ABC");
    CHECK(get<5>(row) == "é");
}

TEST_CASE("LIMIT and OFFSET as bound parameters page through ordered rows") {
    mysql::connection db = people_database();
    auto page = [&](std::int64_t size, std::int64_t skip) {
        return first_fields(db(select(users.name).from(users).order_by(users.id.asc()).limit(size).offset(skip)));
    };
    CHECK(page(2, 0) == names{"Ann", "Bob"});
    CHECK(page(2, 2) == names{"Cleo", "Dora"});
    CHECK(page(2, 3) == names{"Dora"});
    CHECK(page(2, 4).empty());
}

TEST_CASE("a query runs inside the loop of another, even the same one") {
    mysql::connection db = people_database();
    auto all_users = select(users.id, users.name).from(users).order_by(users.id.asc());
    std::vector<std::pair<std::string, std::int64_t>> seen;
    for (const auto& user : db(all_users)) {
        const auto titles = db(select(count()).from(posts).where(posts.user_id == user.id)).one();
        std::int64_t others = 0;
        for (const auto& other : db(all_users)) others += other.id != user.id;
        seen.emplace_back(user.name, get<0>(titles) * 10 + others);
    }
    CHECK(seen == std::vector<std::pair<std::string, std::int64_t>>{{"Ann", 23}, {"Bob", 13}, {"Cleo", 3}, {"Dora", 3}});
}
