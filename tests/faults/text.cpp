// Text the column cannot take: longer than its size, or not valid UTF-8.
//
// Sizes: Quarry's text columns are unbounded (TEXT, or LONGTEXT on MySQL), except a text
// key on MySQL, which must have a size: VARCHAR(255). A schema made elsewhere may say
// VARCHAR(n). MariaDB (in strict mode, its default) and PostgreSQL refuse longer text
// with value_out_of_range; SQLite ignores the size and keeps all of it.
//
// Encoding: Quarry passes a std::string's bytes unchanged. MariaDB (utf8mb4) and
// PostgreSQL (UTF8) refuse invalid UTF-8 with value_rejected; SQLite keeps the bytes as
// they are and gives them back the same.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

// A column of a schema made by hand, with a size Quarry does not declare.
QUARRY_TABLE(short_codes, (code, std::string));

namespace {
template <class Engine>
void create_short_codes(Engine& e) {
    auto db = e.connect();
    db(drop_table(short_codes).if_exists());
    db->execute_sql("CREATE TABLE short_codes (code VARCHAR(8) NOT NULL)");
}

template <class Backend>
constexpr std::string_view too_long = "";
template <>
constexpr std::string_view too_long<mariadb_faults> = "Data too long for column 'code'";
template <>
constexpr std::string_view too_long<postgresql_faults> = "value too long for type character varying(8)";

template <class Backend>
constexpr std::string_view not_utf8 = "";
template <>
constexpr std::string_view not_utf8<mariadb_faults> = "Incorrect string value: '?' for column";
template <>
constexpr std::string_view not_utf8<postgresql_faults> = "invalid byte sequence for encoding \"UTF8\"";

const std::string invalid_utf8 = "caf\xc3 \xff\xfe";
}  // namespace

TEMPLATE_TEST_CASE("text over a VARCHAR(n) column throws value_out_of_range and keeps nothing", "[faults][text]",
                   FAULT_SERVERS) {
    auto e = fresh_engine<TestType>();
    create_short_codes(e);
    check_rolled_back<value_out_of_range>(e, too_long<TestType>, [](auto& db) {
        db(insert_into(short_codes).set(short_codes.code = "nine char"));
    });
    auto db = e.connect();
    db(insert_into(short_codes).set(short_codes.code = "eight ch"));
    CHECK(db(select(short_codes.code).from(short_codes)).one().code == "eight ch");
}

TEST_CASE("MariaDB's VARCHAR(255) text key refuses 256 characters with value_out_of_range", "[faults][text]") {
    auto e = fresh_engine<mariadb_faults>();
    check_rolled_back<value_out_of_range>(e, "Data too long for column 'code' at row 1", [](auto& db) {
        db(insert_into(fault_codes).set(fault_codes.code = std::string(256, 'k')));
    });
}

TEST_CASE("PostgreSQL's text key is TEXT and takes 256 characters; SQLite ignores VARCHAR(8)", "[faults][text]") {
    auto pg = fresh_engine<postgresql_faults>();
    auto pg_db = pg.connect();
    pg_db(insert_into(fault_codes).set(fault_codes.code = std::string(256, 'k')));
    CHECK(pg_db(select(fault_codes.code).from(fault_codes)).one().code.size() == 256);

    auto lite = fresh_engine<sqlite_faults>();
    create_short_codes(lite);
    auto lite_db = lite.connect();
    lite_db(insert_into(short_codes).set(short_codes.code = "longer than eight"));
    CHECK(lite_db(select(short_codes.code).from(short_codes)).one().code == "longer than eight");
}

TEMPLATE_TEST_CASE("invalid UTF-8 in text throws value_rejected and keeps nothing", "[faults][text]",
                   FAULT_SERVERS) {
    auto e = fresh_engine<TestType>();
    check_rolled_back<value_rejected>(e, not_utf8<TestType>, [](auto& db) {
        db(insert_into(fault_texts).set(fault_texts.id = 1, fault_texts.body = invalid_utf8));
    });
    // The message names no byte of the value.
    const std::string message = message_thrown<value_rejected>(
        [&] { e.connect()(insert_into(fault_texts).set(fault_texts.id = 1, fault_texts.body = invalid_utf8)); });
    CHECK_THAT(message, !Contains("0xc3") && !Contains("\\xC3") && !Contains("caf"));
    auto db = e.connect();
    CHECK(get<0>(db(select(count()).from(fault_texts)).one()) == 0);
}

TEST_CASE("SQLite keeps invalid UTF-8 as the bytes it was given", "[faults][text]") {
    auto e = fresh_engine<sqlite_faults>();
    auto db = e.connect();
    db(insert_into(fault_texts).set(fault_texts.id = 1, fault_texts.body = invalid_utf8));
    CHECK(db(select(fault_texts.body).from(fault_texts)).one().body == invalid_utf8);
}
