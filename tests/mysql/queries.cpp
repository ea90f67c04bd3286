// SELECTs on MariaDB where MySQL's own rules need checking: LIKE with a backslash,
// which MySQL treats as the default LIKE escape. Every other query runs on every
// backend in tests/integration/ (select, joins, aggregates, subqueries, expressions).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEST_CASE("LIKE with escapes, a backslash included, and ilike ignoring case") {
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
