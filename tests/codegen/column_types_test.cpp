// Each backend's column types as Quarry's, and --map-type for the others.
#include <catch2/catch.hpp>

#include "quarry-schema/column_types.hpp"
#include "quarry-schema/errors.hpp"

using namespace quarry_schema;

namespace {
column_type plain(value_kind kind) { return {kind, std::nullopt, false}; }
column_type decimal(int digits, int scale) { return {value_kind::decimal, decimal_precision{digits, scale}, false}; }
column_type with_time_zone() { return {value_kind::timestamp, std::nullopt, true}; }
}  // namespace

TEST_CASE("column types: SQLite's declared types", "[codegen][types]") {
    CHECK(sqlite_column_type("INTEGER") == plain(value_kind::int64));
    CHECK(sqlite_column_type("int") == plain(value_kind::int32));
    CHECK(sqlite_column_type("UNSIGNED  BIG INT") == plain(value_kind::uint64));
    CHECK(sqlite_column_type("NVARCHAR(160)") == plain(value_kind::text));
    CHECK(sqlite_column_type("NUMERIC(10,2)") == decimal(10, 2));
    CHECK(sqlite_column_type("DECIMAL(10)") == decimal(10, 0));
    CHECK(sqlite_column_type("NUMERIC") == plain(value_kind::decimal));
    CHECK(sqlite_column_type("DOUBLE PRECISION") == plain(value_kind::real));
    CHECK(sqlite_column_type("DATETIME") == plain(value_kind::timestamp));
    CHECK(sqlite_column_type("BLOB") == plain(value_kind::blob));
    CHECK_FALSE(sqlite_column_type("GEOMETRY"));
    CHECK_FALSE(sqlite_column_type(""));
}

TEST_CASE("column types: MySQL's and MariaDB's", "[codegen][types]") {
    CHECK(mysql_column_type("tinyint", "tinyint(1)", 3, 0) == plain(value_kind::boolean));
    CHECK(mysql_column_type("tinyint", "tinyint(4)", 3, 0) == plain(value_kind::int32));
    CHECK(mysql_column_type("int", "int(10) unsigned", 10, 0) == plain(value_kind::uint32));
    CHECK(mysql_column_type("bigint", "bigint(20) unsigned", 20, 0) == plain(value_kind::uint64));
    CHECK(mysql_column_type("decimal", "decimal(65,30)", 65, 30) == decimal(65, 30));
    CHECK(mysql_column_type("longtext", "longtext", std::nullopt, std::nullopt) == plain(value_kind::text));
    CHECK(mysql_column_type("timestamp", "timestamp", std::nullopt, std::nullopt) == with_time_zone());
    CHECK_FALSE(mysql_column_type("geometry", "geometry", std::nullopt, std::nullopt));
    CHECK_FALSE(mysql_column_type("enum", "enum('a','b')", std::nullopt, std::nullopt));
}

TEST_CASE("column types: PostgreSQL's", "[codegen][types]") {
    CHECK(postgresql_column_type("int2", 16, 0) == plain(value_kind::int32));
    CHECK(postgresql_column_type("int8", 64, 0) == plain(value_kind::int64));
    CHECK(postgresql_column_type("numeric", std::nullopt, std::nullopt) == plain(value_kind::decimal));
    CHECK(postgresql_column_type("numeric", 10, 2) == decimal(10, 2));
    CHECK(postgresql_column_type("numeric", 5, -2) == plain(value_kind::decimal));  // a scale Quarry cannot declare
    CHECK(postgresql_column_type("timestamptz", std::nullopt, std::nullopt) == with_time_zone());
    CHECK_FALSE(postgresql_column_type("uuid", std::nullopt, std::nullopt));
}

TEST_CASE("column types: --map-type maps a type by its name, without arguments or case", "[codegen][types]") {
    type_overrides overrides;
    overrides.add("geometry=std::string");
    overrides.add(" UUID = quarry::blob ");
    CHECK(overrides.find("GEOMETRY(Point, 4326)") == value_kind::text);
    CHECK(overrides.find("uuid") == value_kind::blob);
    CHECK_FALSE(overrides.find("json"));
    overrides.add("uuid=std::string");  // the last one given wins
    CHECK(overrides.find("uuid") == value_kind::text);
}

TEST_CASE("column types: --map-type takes only Quarry's column types", "[codegen][types]") {
    type_overrides overrides;
    CHECK_THROWS_WITH(overrides.add("geometry"), Catch::Contains("--map-type takes DATABASE_TYPE=CPP_TYPE"));
    CHECK_THROWS_WITH(overrides.add("geometry=std::vector<int>"),
                      Catch::Contains("'std::vector<int>' is not a Quarry column type; use one of std::int32_t"));
}

TEST_CASE("column types: unknown types are reported together, by table and column", "[codegen][types]") {
    const type_overrides none;
    column_typing typing(none);
    CHECK(typing.type_of("places", "shape", "geometry", std::nullopt) == plain(value_kind::text));
    CHECK(typing.type_of("places", "id", "uuid", std::nullopt) == plain(value_kind::text));
    CHECK(typing.type_of("places", "name", "text", plain(value_kind::text)) == plain(value_kind::text));
    CHECK_THROWS_WITH(typing.check(), "quarry-schema: Quarry has no C++ type for these columns:\n"
                                      "  column \"places\".\"shape\" has type 'geometry'\n"
                                      "  column \"places\".\"id\" has type 'uuid'\n"
                                      "map each database type to one with --map-type, as "
                                      "--map-type 'geometry=std::string'");
}

TEST_CASE("column types: a mapped type is the user's, before Quarry's own", "[codegen][types]") {
    type_overrides overrides;
    overrides.add("geometry=std::string");
    overrides.add("int4=std::int64_t");
    column_typing typing(overrides);
    CHECK(typing.type_of("places", "shape", "geometry", std::nullopt) == plain(value_kind::text));
    CHECK(typing.type_of("places", "id", "int4", plain(value_kind::int32)) == plain(value_kind::int64));
    CHECK_NOTHROW(typing.check());
}
