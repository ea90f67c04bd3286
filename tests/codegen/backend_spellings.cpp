// What each backend's catalog says its own way, and how quarry-schema reads it: tables
// made with the backend's own DDL, beyond what create_all writes (round_trip_*.cpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "quarry-schema/errors.hpp"
#include "quarry-schema/reflect.hpp"
#include "scratch_databases.hpp"

using namespace quarry_schema;
using form = column_default::form;

namespace {

template <class Scratch>
database_schema made_with(const Scratch& scratch, const std::vector<std::string>& ddl) {
    auto db = scratch.connect();
    for (const std::string& statement : ddl) db.execute_sql(statement);
    return read_schema(scratch.url(), {});
}

const table& table_named(const database_schema& schema, const std::string& name) {
    const auto found = std::ranges::find(schema.tables, name, &table::name);
    REQUIRE(found != schema.tables.end());
    return *found;
}

const column& column_named(const table& t, const std::string& name) {
    const auto found = std::ranges::find(t.columns, name, &column::name);
    REQUIRE(found != t.columns.end());
    return *found;
}

template <class Scratch>
void check_unknown_types(const Scratch& scratch, const std::string& ddl, const std::string& message) {
    auto db = scratch.connect();
    db.execute_sql(ddl);
    CHECK_THROWS_WITH(read_schema(scratch.url(), {}), Catch::Contains(message));
}

}  // namespace

TEST_CASE("SQLite: rowid keys, keys by default, expression defaults, and indexes a declaration cannot say",
          "[codegen][spellings]") {
    codegen_test::sqlite_scratch scratch{"spellings"};
    const auto schema = made_with(
        scratch, {"CREATE TABLE parents (id INTEGER PRIMARY KEY, code TEXT NOT NULL, UNIQUE (code, id))",
                  "CREATE TABLE kids (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parents ON DELETE SET DEFAULT, "
                  "made TEXT DEFAULT (datetime('now')), note VARCHAR(20) DEFAULT 'x' CHECK (length(note) < 20), "
                  "score REAL DEFAULT -0.5)",
                  "CREATE INDEX kids_upper ON kids (upper(note))",
                  "CREATE INDEX kids_recent ON kids (made) WHERE made > '2020'"});
    const table& parents = table_named(schema, "parents");
    // A UNIQUE over several columns is an index.
    CHECK(parents.indexes == std::vector<index_definition>{{"sqlite_autoindex_parents_1", {"code", "id"}, true}});

    const table& kids = table_named(schema, "kids");
    CHECK_FALSE(column_named(kids, "id").auto_increment);  // a rowid, but not AUTOINCREMENT
    // REFERENCES parents, without a column, is parents' primary key.
    CHECK(kids.foreign_keys == std::vector<foreign_key>{{{"parent"}, "parents", {"id"}, referential_action::set_default,
                                                         referential_action::no_action}});
    CHECK(column_named(kids, "made").default_value == column_default{form::sql, "datetime('now')"});
    CHECK(column_named(kids, "note").default_value == column_default{form::text, "x"});
    CHECK(column_named(kids, "note").check == "length(note) < 20");
    CHECK(column_named(kids, "score").default_value == column_default{form::real, "-0.5"});
    CHECK(kids.indexes.empty());
    CHECK(kids.notes == std::vector<std::string>{"partial index \"kids_recent\" (CREATE INDEX ... WHERE)",
                                                 "index \"kids_upper\" on an expression"});
}

TEST_CASE("SQLite: columns of unknown types are named, with the option that maps them", "[codegen][spellings]") {
    codegen_test::sqlite_scratch scratch{"unknown"};
    check_unknown_types(scratch, "CREATE TABLE places (shape GEOMETRY, id UUID, anything)",
                        "  column \"places\".\"shape\" has type 'GEOMETRY'\n"
                        "  column \"places\".\"id\" has type 'UUID'\n"
                        "  column \"places\".\"anything\" has no declared type\n"
                        "map each database type to one with --map-type, as --map-type 'geometry=std::string'");
}

TEST_CASE("MariaDB: its indexes for keys, RESTRICT, its defaults, and keywords in CHECKs", "[codegen][spellings]") {
    codegen_test::mariadb_scratch scratch{"spellings"};
    const auto schema = made_with(
        scratch,
        {"CREATE TABLE parents (id INT PRIMARY KEY AUTO_INCREMENT, code VARCHAR(10) NOT NULL, "
         "UNIQUE KEY code_and_id (code, id))",
         "CREATE TABLE kids (id BIGINT UNSIGNED PRIMARY KEY, parent INT, made DATETIME DEFAULT CURRENT_TIMESTAMP, "
         "flag BOOLEAN DEFAULT TRUE, `order` INT CHECK (`order` > 0), email VARCHAR(50) UNIQUE, stamp TIMESTAMP NULL, "
         "CONSTRAINT kid_parent FOREIGN KEY (parent) REFERENCES parents (id) ON UPDATE RESTRICT)"});
    const table& parents = table_named(schema, "parents");
    CHECK(column_named(parents, "id").auto_increment);
    CHECK(column_named(parents, "id").type.kind == value_kind::int32);
    CHECK(parents.indexes == std::vector<index_definition>{{"code_and_id", {"code", "id"}, true}});

    const table& kids = table_named(schema, "kids");
    CHECK(column_named(kids, "id").type.kind == value_kind::uint64);
    // RESTRICT is what InnoDB says for no action; the index it added for the key is its own.
    CHECK(kids.foreign_keys == std::vector<foreign_key>{{{"parent"}, "parents", {"id"}, referential_action::no_action,
                                                         referential_action::no_action}});
    CHECK(kids.indexes.empty());
    CHECK(column_named(kids, "email").unique);
    CHECK(column_named(kids, "made").default_value == column_default{form::sql, "current_timestamp()"});
    CHECK(column_named(kids, "flag").default_value == column_default{form::boolean, "true"});
    CHECK(column_named(kids, "order").check == "`order` > 0");  // a keyword keeps its backticks
    CHECK(column_named(kids, "stamp").type == column_type{value_kind::timestamp, std::nullopt, true});
}

TEST_CASE("MariaDB: columns of unknown types are named", "[codegen][spellings]") {
    codegen_test::mariadb_scratch scratch{"unknown"};
    check_unknown_types(scratch, "CREATE TABLE places (shape GEOMETRY, kind ENUM('a', 'b'))",
                        "  column \"places\".\"shape\" has type 'geometry'\n"
                        "  column \"places\".\"kind\" has type 'enum'\n");
}

TEST_CASE("PostgreSQL: serial and identity, casts on defaults, CHECKs on one column, indexes it keeps apart",
          "[codegen][spellings]") {
    codegen_test::postgresql_scratch scratch{"spellings"};
    const auto schema = made_with(
        scratch, {"CREATE TABLE parents (id serial PRIMARY KEY, code text NOT NULL, UNIQUE (code, id))",
                  "CREATE TABLE kids (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                  "parent integer REFERENCES parents ON DELETE RESTRICT, made timestamp DEFAULT now(), "
                  "day date DEFAULT '2020-01-02', n integer DEFAULT -1, role text CHECK (role IN ('a', 'b')), "
                  "CONSTRAINT one_column CHECK (n < 100))",
                  "CREATE INDEX kids_lower ON kids (lower(role))",
                  "CREATE INDEX kids_recent ON kids (made) WHERE made > '2020-01-01'",
                  "CREATE UNIQUE INDEX kids_day_role ON kids (day, role) INCLUDE (n)"});
    const table& parents = table_named(schema, "parents");
    CHECK(column_named(parents, "id").auto_increment);  // serial: nextval(...) is no default to declare
    CHECK_FALSE(column_named(parents, "id").default_value);
    CHECK(parents.indexes == std::vector<index_definition>{{"parents_code_id_key", {"code", "id"}, true}});

    const table& kids = table_named(schema, "kids");
    CHECK(column_named(kids, "id").auto_increment);
    CHECK(kids.foreign_keys == std::vector<foreign_key>{{{"parent"}, "parents", {"id"}, referential_action::restrict,
                                                         referential_action::no_action}});
    CHECK(column_named(kids, "made").default_value == column_default{form::sql, "now()"});
    CHECK(column_named(kids, "day").default_value == column_default{form::text, "2020-01-02"});
    CHECK(column_named(kids, "n").default_value == column_default{form::integer, "-1"});
    CHECK(column_named(kids, "n").check == "n < 100");  // a table's CHECK over one column is the column's
    CHECK(column_named(kids, "role").check == "role = ANY (ARRAY['a'::text, 'b'::text])");
    CHECK(kids.checks.empty());
    CHECK(kids.indexes == std::vector<index_definition>{{"kids_day_role", {"day", "role"}, true}});
    CHECK(kids.notes == std::vector<std::string>{"index \"kids_lower\" on an expression",
                                                 "partial index \"kids_recent\" (WHERE ...)"});
}

TEST_CASE("PostgreSQL: columns of unknown types are named by their type's name", "[codegen][spellings]") {
    codegen_test::postgresql_scratch scratch{"unknown"};
    check_unknown_types(scratch, "CREATE TABLE places (id uuid, tags integer[])",
                        "  column \"places\".\"id\" has type 'uuid'\n"
                        "  column \"places\".\"tags\" has type '_int4'\n");
}

TEST_CASE("SQLite: a name that is not UTF-8 is refused while reading, with invalid_identifier",
          "[codegen][spellings][security]") {
    codegen_test::sqlite_scratch scratch{"latin1_name"};
    auto db = scratch.connect();
    db.execute_sql("CREATE TABLE \"caf\xe9\" (id INTEGER PRIMARY KEY)");
    CHECK_THROWS_MATCHES(read_schema(scratch.url(), {}), quarry::invalid_identifier,
                         Catch::Message("quarry: the SQL name 'caf\\xe9' is not valid UTF-8"));
}
