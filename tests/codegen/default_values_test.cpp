// A column's DEFAULT from the SQL a catalog shows: a constant when Quarry writes it back
// as the same SQL, else the SQL itself.
#include <catch2/catch.hpp>

#include "quarry-schema/default_values.hpp"

using namespace quarry_schema;
using form = column_default::form;

namespace {
column_default standard(std::string_view sql, value_kind kind) {
    const auto value = default_from_sql(sql, kind, string_escapes::standard);
    REQUIRE(value);
    return *value;
}
}  // namespace

TEST_CASE("defaults: numbers, as Quarry writes them", "[codegen][defaults]") {
    CHECK(standard("7", value_kind::int32) == column_default{form::integer, "7"});
    CHECK(standard("-1", value_kind::int64) == column_default{form::integer, "-1"});
    CHECK(standard("0.5", value_kind::real) == column_default{form::real, "0.5"});
    CHECK(standard("9.99", value_kind::decimal) == column_default{form::real, "9.99"});
    // Quarry would write these otherwise ("1", "100000"), so they stay SQL.
    CHECK(standard("1.0", value_kind::real) == column_default{form::sql, "1.0"});
    CHECK(standard("1e5", value_kind::real) == column_default{form::sql, "1e5"});
    CHECK(standard("-9223372036854775808", value_kind::int64) == column_default{form::sql, "-9223372036854775808"});
}

TEST_CASE("defaults: a number in quotes is the number, on a numeric column", "[codegen][defaults]") {
    CHECK(standard("'-1'", value_kind::int32) == column_default{form::integer, "-1"});
    CHECK(standard("'-1'", value_kind::text) == column_default{form::text, "-1"});
}

TEST_CASE("defaults: booleans, on boolean columns", "[codegen][defaults]") {
    CHECK(standard("false", value_kind::boolean) == column_default{form::boolean, "false"});
    CHECK(standard("TRUE", value_kind::boolean) == column_default{form::boolean, "true"});
    CHECK(standard("1", value_kind::boolean) == column_default{form::boolean, "true"});
    CHECK(standard("0", value_kind::int64) == column_default{form::integer, "0"});
}

TEST_CASE("defaults: text, unquoted", "[codegen][defaults]") {
    CHECK(standard("'it''s'", value_kind::text) == column_default{form::text, "it's"});
    CHECK(standard("''", value_kind::text) == column_default{form::text, ""});
    CHECK(standard("'C:\\'", value_kind::text) == column_default{form::text, "C:\\"});
    const auto mysql = default_from_sql("'it\\'s a \\\\ b'", value_kind::text, string_escapes::backslash);
    CHECK(mysql == column_default{form::text, "it's a \\ b"});
    // default("...") holds 63 characters; longer text stays SQL.
    const std::string long_text = "'" + std::string(64, 'x') + "'";
    CHECK(standard(long_text, value_kind::text) == column_default{form::sql, long_text});
}

TEST_CASE("defaults: expressions stay SQL", "[codegen][defaults]") {
    CHECK(standard("CURRENT_TIMESTAMP", value_kind::timestamp) == column_default{form::sql, "CURRENT_TIMESTAMP"});
    CHECK(standard("'a' || 'b'", value_kind::text) == column_default{form::sql, "'a' || 'b'"});
}

TEST_CASE("defaults: none, or NULL, is no default", "[codegen][defaults]") {
    CHECK_FALSE(default_from_sql("", value_kind::text, string_escapes::standard));
    CHECK_FALSE(default_from_sql("NULL", value_kind::int32, string_escapes::backslash));
}
