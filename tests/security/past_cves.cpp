// Past injection bugs of other query builders, each written in Quarry's terms. Where
// the Quarry answer is "does not compile", the case is in tests/compile_fail/cve_*;
// here is what a program may do instead, and that it stays data on every backend.
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <quarry/quarry.hpp>

#include "integration/fixtures.hpp"
#include "render/dialect_text.hpp"
#include "security_backends.hpp"
#include "security_schema.hpp"

using namespace quarry;

QUARRY_ALIAS(label);
QUARRY_TABLE(documents,
    (id,   std::int64_t, primary_key),
    (body, std::string));

namespace {

using names = std::vector<std::string>;

enum class user_order { name, age };

// A request's sort field goes through a fixed table of known keys; anything else is refused
// before a query exists.
std::optional<user_order> parse_user_order(const std::string& field) {
    static const std::map<std::string, user_order> known{{"name", user_order::name}, {"age", user_order::age}};
    const auto found = known.find(field);
    return found == known.end() ? std::nullopt : std::optional(found->second);
}

template <class Connection>
names names_sorted_by(Connection& db, user_order order) {
    return first_fields(db(select(users.name).from(users).order_by(choose(order, users.name, users.age).desc(), users.id)));
}

}  // namespace

// CVE-2021-35042 (Django): QuerySet.order_by() took a field name from the request, and
// a "table.column" form slipped past its check into ORDER BY. Quarry's ORDER BY takes
// expressions only (compile_fail/cve_2021_35042_order_by_string), and choose() picks
// one of a listed few by enum or index: a name never reaches the text.
TEMPLATE_TEST_CASE("CVE-2021-35042: a sort field from a request picks from a list", "[security][cve]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    CHECK(names_sorted_by(db, *parse_user_order("name")) == names{"Dora", "Cleo", "Bob", "Ann"});
    CHECK_FALSE(parse_user_order("users.name) FROM users; DROP TABLE users; --").has_value());
    // A key forged past the list (a cast enum, a raw index) throws before any SQL exists.
    CHECK_THROWS_AS(choose(static_cast<user_order>(7), users.name, users.age), std::out_of_range);
    CHECK_THROWS_AS(choose(-1, users.name, users.age), std::out_of_range);
    CHECK(user_names(db) == names{"Ann", "Bob", "Cleo", "Dora"});
}

// CVE-2022-28346 (Django): annotate(), aggregate() and extra() took column aliases from a
// dict's keys, so a request could name one with SQL inside. A Quarry alias is a type made
// by QUARRY_ALIAS (compile_fail/cve_2022_28346_alias_from_string); the request's text can
// only be the aliased value, which is bound.
TEMPLATE_TEST_CASE("CVE-2022-28346: aliases are declared names, the request's text is a value", "[security][cve]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    const std::string from_request = R"(x" FROM users; DROP TABLE users; --)";
    CHECK(sqlite_text(select(value(from_request).as(label))) == R"(SELECT ? AS "label")");
    CHECK(get<0>(db(select(value(from_request).as(label))).one()) == from_request);
}

// CVE-2019-7164 and CVE-2019-7548 (SQLAlchemy): order_by() and group_by() turned a plain
// string into literal SQL text. Quarry takes no string there
// (compile_fail/cve_2019_7164_order_by_text, compile_fail/cve_2019_7548_group_by_text);
// text is a value or a string literal given to unsafe_sql_expr, which the compiler checks.
TEMPLATE_TEST_CASE("CVE-2019-7164, CVE-2019-7548: text in ORDER BY and GROUP BY is a value", "[security][cve]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    const std::string from_request = "name; DROP TABLE users; --";
    // The request's text as a value grouped by is one group of one constant: harmless.
    const auto grouped = select(count()).from(users).group_by(lower(value(from_request)));
    CHECK(first_fields(db(grouped)) == std::vector<std::int64_t>{4});
    CHECK(user_names(db) == names{"Ann", "Bob", "Cleo", "Dora"});
}

// CVE-2016-20018 (Knex): on MySQL, an object given where a value was expected, as in
// where({ name: { toString... } }), was written as an identifier. In Quarry a value's C++
// type says what it is: a string is bound, only a column object is a column, and an
// object that is neither does not compile (compile_fail/cve_2016_20018_object_as_value).
TEMPLATE_TEST_CASE("CVE-2016-20018: text that looks like a column is compared as text", "[security][cve]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    add_people(db);
    for (const std::string looks_like_a_column : {"name", "users.name", "`users`.`name`", "\"users\".\"name\""})
        CHECK(first_fields(db(select(users.name).from(users).where(users.name == looks_like_a_column))).empty());
    CHECK(first_fields(db(select(users.name).from(users).where(users.name == users.name).order_by(users.id))) ==
          names{"Ann", "Bob", "Cleo", "Dora"});
}

// CVE-2019-10748 (Sequelize): the keys of a JSON path in where() were written into the
// SQL text unescaped on MySQL, MariaDB and PostgreSQL. Quarry has no JSON path builder; a
// path goes through unsafe_sql_expr as a bound operand, so a key full of SQL is a key.
TEMPLATE_TEST_CASE("CVE-2019-10748: a JSON path key is a bound value", "[security][cve]", SECURITY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(documents));
    const std::string key = "a') OR 1=1; DROP TABLE documents; --";
    db(insert_into(documents).set(documents.id = 1, documents.body = R"({"a') OR 1=1; DROP TABLE documents; --": "found", "a": "plain"})"));
    const auto lookup = [&](const std::string& k) {
        if constexpr (std::is_same_v<TestType, postgresql_backend>)
            return first_fields(db(select(unsafe_sql_expr<std::optional<std::string>>(
                "jsonb_extract_path_text(CAST(? AS jsonb), ?)", documents.body, k)).from(documents)));
        else if constexpr (std::is_same_v<TestType, sqlite_backend>)
            return first_fields(db(select(unsafe_sql_expr<std::optional<std::string>>(
                "json_extract(?, '$.\"' || ? || '\"')", documents.body, k)).from(documents)));
        else
            return first_fields(db(select(unsafe_sql_expr<std::optional<std::string>>(
                "JSON_UNQUOTE(JSON_EXTRACT(?, CONCAT('$.\"', ?, '\"')))", documents.body, k)).from(documents)));
    };
    using found = std::vector<std::optional<std::string>>;
    CHECK(lookup(key) == found{"found"});
    CHECK(lookup("a") == found{"plain"});
    CHECK(lookup("missing') OR ('1'='1") == found{std::nullopt});
    CHECK(get<0>(db(select(count()).from(documents)).one()) == 1);
}
