// SQL names as each dialect quotes them: "name" with " doubled (SQLite, PostgreSQL),
// `name` with ` doubled (MySQL, MariaDB). Any byte but NUL is safe inside a quoted
// name, so the other quote character, reserved words, spaces and unicode pass as
// they are. NUL, invalid UTF-8 and the empty name are refused where a name is declared,
// by the compiler, used or not (tests/compile_fail/sql_name_*), and with
// invalid_identifier for a name read at run time, as here. A name past the dialect's
// length is refused when a statement is rendered for that dialect: at compile time in
// a static statement, with invalid_identifier in a dynamic one, as here.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include <quarry/quarry.hpp>

#include "render/dialect_text.hpp"
#include "security_backends.hpp"
#include "security_schema.hpp"

using namespace quarry;

QUARRY_NAMED_TABLE(name_of_63_bytes, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", (id, std::int64_t, primary_key));
QUARRY_NAMED_TABLE(name_of_64_bytes, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", (id, std::int64_t, primary_key));
QUARRY_NAMED_TABLE(name_of_64_characters, "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", (id, std::int64_t, primary_key));
QUARRY_NAMED_TABLE(name_of_65_characters, "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", (id, std::int64_t, primary_key));

namespace {

constexpr auto odd_select = select(odd_names.dq, odd_names.bt, odd_names.doubled, odd_names.mixed, odd_names.reserved,
                                   odd_names.spaced, odd_names.unicode, odd_names.injection)
                                .from(odd_names)
                                .where(odd_names.id == 1);

// A dynamic statement is rendered at run time: there a bad name throws.
template <class Table>
auto dynamic_select(Table table) {
    return select(table.id).from(table).where(only_if(true, table.id == 1));
}

template <class Statement>
std::string invalid_identifier_message(std::string (*render)(const Statement&), const Statement& statement) {
    try {
        render(statement);
    } catch (const invalid_identifier& e) {
        return e.what();
    }
    return "(no invalid_identifier)";
}

}  // namespace

TEST_CASE("quotes inside names are doubled, each dialect its own", "[security][identifiers]") {
    CHECK(sqlite_text(odd_select) ==
          R"(SELECT "odd ""table"" `name`"."say ""hi""", "odd ""table"" `name`"."back`tick", )"
          R"("odd ""table"" `name`"."""""``", "odd ""table"" `name`"."a""`'b", "odd ""table"" `name`"."select", )"
          R"("odd ""table"" `name`"."order by", "odd ""table"" `name`"."größe 日本", )"
          R"("odd ""table"" `name`"."x""`; DROP TABLE canary; --" FROM "odd ""table"" `name`" )"
          R"(WHERE "odd ""table"" `name`"."id" = ?)");
    CHECK(postgresql_text(odd_select) ==
          R"(SELECT "odd ""table"" `name`"."say ""hi""", "odd ""table"" `name`"."back`tick", )"
          R"("odd ""table"" `name`"."""""``", "odd ""table"" `name`"."a""`'b", "odd ""table"" `name`"."select", )"
          R"("odd ""table"" `name`"."order by", "odd ""table"" `name`"."größe 日本", )"
          R"("odd ""table"" `name`"."x""`; DROP TABLE canary; --" FROM "odd ""table"" `name`" )"
          R"(WHERE "odd ""table"" `name`"."id" = $1)");
    CHECK(mysql_text(odd_select) ==
          R"(SELECT `odd "table" ``name```.`say "hi"`, `odd "table" ``name```.`back``tick`, )"
          R"(`odd "table" ``name```.`""`````, `odd "table" ``name```.`a"``'b`, `odd "table" ``name```.`select`, )"
          R"(`odd "table" ``name```.`order by`, `odd "table" ``name```.`größe 日本`, )"
          R"(`odd "table" ``name```.`x"``; DROP TABLE canary; --` FROM `odd "table" ``name``` )"
          R"(WHERE `odd "table" ``name```.`id` = ?)");
}

TEST_CASE("names up to the dialect's limit are written whole", "[security][identifiers]") {
    CHECK(postgresql_text(select(name_of_63_bytes.id).from(name_of_63_bytes)) ==
          R"(SELECT "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"."id" FROM "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")");
    CHECK(mysql_text(select(name_of_64_characters.id).from(name_of_64_characters)) ==
          R"(SELECT `éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé`.`id` FROM `éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé`)");
    // SQLite has no limit of its own.
    CHECK(sqlite_text(select(name_of_65_characters.id).from(name_of_65_characters)) ==
          R"(SELECT "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"."id" FROM "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé")");
}

TEST_CASE("a name past the dialect's limit is refused, never truncated", "[security][identifiers]") {
    const auto long_ascii = dynamic_select(name_of_64_bytes);
    CHECK(invalid_identifier_message(&postgresql_text<decltype(long_ascii)>, long_ascii) ==
          "quarry: the SQL name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is longer than the 63 bytes PostgreSQL keeps of a name");
    CHECK(mysql_text(long_ascii) == "SELECT `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`.`id` FROM `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` WHERE `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`.`id` = ?");

    // 64 characters are 128 bytes: too long for PostgreSQL, not for MySQL, which counts characters.
    const auto long_unicode = dynamic_select(name_of_64_characters);
    CHECK_THROWS_AS(postgresql_text(long_unicode), invalid_identifier);
    CHECK_NOTHROW(mysql_text(long_unicode));
    const auto too_long_unicode = dynamic_select(name_of_65_characters);
    CHECK_THROWS_WITH(mysql_text(too_long_unicode),
                      Catch::Contains("is longer than the 64 characters MySQL and MariaDB take in a name"));
    CHECK_THROWS_WITH(mariadb_text(too_long_unicode), Catch::Contains("64 characters"));
    CHECK_NOTHROW(sqlite_text(too_long_unicode));
}

template <class Dialect>
std::string run_time_name_message(std::string_view name) {
    try {
        check_identifier<Dialect>(name);
    } catch (const invalid_identifier& e) {
        return e.what();
    }
    return "(no invalid_identifier)";
}

TEMPLATE_TEST_CASE("NUL, invalid UTF-8 and the empty name read at run time are refused on every dialect",
                   "[security][identifiers]", sqlite::dialect, mysql::dialect, mariadb::dialect, postgresql::dialect) {
    using namespace std::string_view_literals;
    CHECK(run_time_name_message<TestType>("a\0b"sv) == "quarry: the SQL name 'a\\x00b' contains a NUL byte");
    CHECK(run_time_name_message<TestType>("caf\xe9") == "quarry: the SQL name 'caf\\xe9' is not valid UTF-8");
    CHECK(run_time_name_message<TestType>("") == "quarry: the SQL name '' is empty");
    CHECK(run_time_name_message<TestType>("größe \"x\"`") == "(no invalid_identifier)");
    // It is a usage_error, like every mistake of the program rather than the database.
    CHECK_THROWS_AS(check_identifier<TestType>("a\0b"sv), usage_error);
}

TEST_CASE("the run-time check also applies the dialect's length", "[security][identifiers]") {
    const std::string name_of_64_bytes(64, 'a');
    CHECK_THROWS_WITH(check_identifier<postgresql::dialect>(name_of_64_bytes),
                      Catch::Contains("is longer than the 63 bytes PostgreSQL keeps of a name"));
    CHECK_NOTHROW(check_identifier<mysql::dialect>(name_of_64_bytes));
    CHECK_THROWS_WITH(check_identifier<mysql::dialect>(name_of_64_bytes + "a"), Catch::Contains("64 characters"));
    CHECK_NOTHROW(check_identifier<sqlite::dialect>(name_of_64_bytes + "a"));
}

TEMPLATE_TEST_CASE("names that need quoting work on the database", "[security][identifiers]", SECURITY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(canary));
    db(insert_into(canary).columns(canary.id, canary.secret).values(1, "alive"));
    db(create_table(odd_names));
    db(insert_into(odd_names).set(odd_names.id = 1, odd_names.dq = "dq", odd_names.bt = "bt",
                                  odd_names.doubled = "doubled", odd_names.mixed = "mixed",
                                  odd_names.reserved = "reserved", odd_names.spaced = "spaced",
                                  odd_names.unicode = "unicode", odd_names.injection = "injection"));
    const auto [dq, bt, doubled, mixed, reserved, spaced, unicode, injection] = db(odd_select).one();
    CHECK(std::vector<std::string>{dq, bt, doubled, mixed, reserved, spaced, unicode, injection} ==
          std::vector<std::string>{"dq", "bt", "doubled", "mixed", "reserved", "spaced", "unicode", "injection"});
    CHECK(get<0>(db(select(canary.secret).from(canary)).one()) == "alive");
    db(drop_table(odd_names));
}

TEMPLATE_TEST_CASE("the longest names a server takes are the limits Quarry checks", "[security][identifiers]",
                   mariadb_backend, postgresql_backend) {
    auto db = TestType::open();
    if constexpr (std::is_same_v<TestType, postgresql_backend>) {
        db(create_table(name_of_63_bytes));
        db(insert_into(name_of_63_bytes).set(name_of_63_bytes.id = 7));
        CHECK(get<0>(db(select(name_of_63_bytes.id).from(name_of_63_bytes)).one()) == 7);
    } else {
        db(create_table(name_of_64_characters));
        db(insert_into(name_of_64_characters).set(name_of_64_characters.id = 7));
        CHECK(get<0>(db(select(name_of_64_characters.id).from(name_of_64_characters)).one()) == 7);
    }
}
