// quarry-schema's command line, as parsed; codegen_cli.cpp runs the program itself.
#include <catch2/catch.hpp>

#include <vector>

#include "quarry-schema/command_line.hpp"
#include "quarry-schema/errors.hpp"

using namespace quarry_schema;

namespace {
command_line parsed(std::vector<const char*> arguments) { return parse_command_line(arguments); }
}  // namespace

TEST_CASE("command line: a URL, an output file, a namespace and type mappings", "[codegen][command_line]") {
    const auto options = parsed({"--namespace", "app::db", "sqlite:///app.db", "-o", "tables.hpp", "--map-type",
                                 "geometry=std::string"});
    CHECK(options.database_url == "sqlite:///app.db");
    CHECK(options.output_path == "tables.hpp");
    CHECK(options.header.cpp_namespace == "app::db");
    CHECK(options.types.find("geometry") == value_kind::text);
    CHECK_FALSE(options.help);
}

TEST_CASE("command line: help needs no URL", "[codegen][command_line]") { CHECK(parsed({"--help"}).help); }

TEST_CASE("command line: mistakes are named", "[codegen][command_line]") {
    CHECK_THROWS_WITH(parsed({}), "quarry-schema: which database? give its URL, as sqlite:///app.db");
    CHECK_THROWS_WITH(parsed({"sqlite:///a.db", "-o"}), "quarry-schema: -o needs a value");
    CHECK_THROWS_WITH(parsed({"--verbose", "sqlite:///a.db"}), "quarry-schema: unknown option --verbose");
    CHECK_THROWS_WITH(parsed({"sqlite:///a.db", "sqlite:///b.db"}),
                      "quarry-schema: one database URL, please; got 'sqlite:///a.db' and 'sqlite:///b.db'");
    CHECK_THROWS_WITH(parsed({"--namespace", "class", "sqlite:///a.db"}),
                      "quarry-schema: --namespace 'class' is not a C++ namespace name");
    CHECK_THROWS_WITH(parsed({"--namespace", "a::", "sqlite:///a.db"}),
                      "quarry-schema: --namespace 'a::' is not a C++ namespace name");
    CHECK_THROWS_AS(parsed({"--map-type", "x=int", "sqlite:///a.db"}), command_line_error);
}
