// C++ names for SQL names: kept when they are good identifiers, made from them otherwise,
// and unique in their scope.
#include <catch2/catch.hpp>

#include "quarry-schema/cpp_names.hpp"

using quarry_schema::cpp_identifier;
using quarry_schema::identifier_scope;

TEST_CASE("cpp names: a good identifier is kept as it is", "[codegen][names]") {
    CHECK(cpp_identifier("users") == "users");
    CHECK(cpp_identifier("InvoiceLine") == "InvoiceLine");
    CHECK(cpp_identifier("user_id2") == "user_id2");
}

TEST_CASE("cpp names: other characters become one underscore per run", "[codegen][names]") {
    CHECK(cpp_identifier("Unit Price") == "Unit_Price");
    CHECK(cpp_identifier("price ($)") == "price");
    CHECK(cpp_identifier("a - b") == "a_b");
    CHECK(cpp_identifier("größe") == "gr_e");
    CHECK(cpp_identifier("say \"hi\"") == "say_hi");
}

TEST_CASE("cpp names: names the C++ standard reserves are avoided", "[codegen][names]") {
    CHECK(cpp_identifier("_id") == "id");
    CHECK(cpp_identifier("a__b") == "a_b");
    CHECK(cpp_identifier("__") == "unnamed");
    CHECK(cpp_identifier("") == "unnamed");
}

TEST_CASE("cpp names: a leading digit, a keyword or a standard macro gets a mark", "[codegen][names]") {
    CHECK(cpp_identifier("2fa") == "n_2fa");
    CHECK(cpp_identifier("class") == "class_");
    CHECK(cpp_identifier("default") == "default_");
    CHECK(cpp_identifier("errno") == "errno_");
    CHECK(cpp_identifier("NULL") == "NULL_");
    CHECK(cpp_identifier("select") == "select");  // an SQL keyword is a good C++ name
}

TEST_CASE("cpp names: a column may not hide what quarry::table has itself", "[codegen][names]") {
    identifier_scope columns = identifier_scope::for_columns();
    CHECK(columns.claim("sql_name") == "sql_name_2");
    CHECK(columns.claim("as") == "as_2");
    CHECK(columns.claim("name") == "name");
}

TEST_CASE("cpp names: names made alike are numbered", "[codegen][names]") {
    identifier_scope columns = identifier_scope::for_columns();
    CHECK(columns.claim("a b") == "a_b");
    CHECK(columns.claim("a_b") == "a_b_2");
    CHECK(columns.claim("a-b") == "a_b_3");
}

TEST_CASE("cpp names: a table also takes NAME_definition", "[codegen][names]") {
    identifier_scope tables = identifier_scope::for_tables();
    CHECK(tables.claim("users") == "users");
    CHECK(tables.claim("users_definition") == "users_definition_2");
    CHECK(tables.claim("std") == "std_2");

    identifier_scope reversed = identifier_scope::for_tables();
    CHECK(reversed.claim("posts_definition") == "posts_definition");
    CHECK(reversed.claim("posts") == "posts_2");
}
