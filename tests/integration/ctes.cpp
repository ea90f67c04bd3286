// WITH and WITH RECURSIVE on every backend: a CTE queried and joined like a table, CTEs
// built on one another, and recursive walks of the employees tree
//   Ada ── Ben ── Dee
//     └── Cy
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

QUARRY_ALIAS(depth);
QUARRY_ALIAS(path);
QUARRY_ALIAS(n);

TEMPLATE_TEST_CASE("a CTE is queried and joined like a table", "[cte]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
    CHECK(first_fields(db(with(adults)(select(adults.name).from(adults).order_by(adults.name)))) == names{"Ann", "Dora"});
    CHECK(first_fields(db(with(adults)(
              select(posts.title).from(posts).join(adults).on(posts.user_id == adults.id).order_by(posts.id)))) ==
          names{"Hello", "Quarry tips"});
}

TEMPLATE_TEST_CASE("a later CTE selects from an earlier one", "[cte]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto counts = cte<"counts">(select(posts.user_id, count().as(n)).from(posts).group_by(posts.user_id));
    auto busiest = cte<"busiest">(select(max(counts.n).as(n)).from(counts));
    auto q = with(counts, busiest)(select(users.name)
                                       .from(users)
                                       .join(counts).on(counts.user_id == users.id)
                                       .join(busiest).on(busiest.n == counts.n));
    CHECK(first_fields(db(q)) == names{"Ann"});
}

TEMPLATE_TEST_CASE("WITH RECURSIVE walks the employees tree from its root, with each one's depth", "[cte]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    auto tree = cte<"tree">(select(employees.id, employees.name, value(0).as(depth))
                                .from(employees)
                                .where(employees.boss_id.is_null()))
                    .union_all([](auto tree) {
                        return select(employees.id, employees.name, tree.depth + 1)
                            .from(employees)
                            .join(tree).on(employees.boss_id == tree.id);
                    });
    std::vector<std::pair<std::string, std::int32_t>> walked;
    for (const auto& row : db(with(tree)(select(tree.name, tree.depth).from(tree).order_by(tree.depth, tree.name))))
        walked.emplace_back(row.name, row.depth);
    CHECK(walked == std::vector<std::pair<std::string, std::int32_t>>{{"Ada", 0}, {"Ben", 1}, {"Cy", 1}, {"Dee", 2}});
}

TEMPLATE_TEST_CASE("WITH RECURSIVE climbs from an employee to the root, building a text path", "[cte]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_employees(db);
    auto chain = cte<"chain">(select(employees.boss_id, employees.name.as(path)).from(employees).where(employees.name == "Dee"))
                     .union_all([](auto chain) {
                         return select(employees.boss_id, concat(chain.path, " < ", employees.name))
                             .from(employees)
                             .join(chain).on(employees.id == chain.boss_id);
                     });
    auto top = db(with(chain)(select(chain.path).from(chain).where(chain.boss_id.is_null()))).one();
    CHECK(top.path == "Dee < Ben < Ada");
}

TEMPLATE_TEST_CASE("WITH RECURSIVE counts without a table", "[cte]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    auto numbers = cte<"numbers">(select(value(1).as(n))).union_all([](auto numbers) {
        return select(numbers.n + 1).from(numbers).where(numbers.n < 5);
    });
    CHECK(first_fields(db(with(numbers)(select(numbers.n).from(numbers).order_by(numbers.n)))) ==
          std::vector<std::int32_t>{1, 2, 3, 4, 5});
}

TEMPLATE_TEST_CASE("a CTE with named parameters is prepared once and run with new values", "[cte]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    auto older = cte<"older">(select(users.name).from(users).where(users.age > parameter<"min_age">(users.age)));
    auto by_age = db.prepare(with(older)(select(older.name).from(older).order_by(older.name)));
    by_age.template set<"min_age">(30);
    CHECK(first_fields(db(by_age)) == names{"Ann", "Dora"});
    by_age.template set<"min_age">(40);
    CHECK(first_fields(db(by_age)) == names{"Dora"});
}
