// The round trip's first half, on each backend: declarations -> create_all -> quarry-schema,
// whose header must be the one checked in as round_trip/<backend>_tables.hpp.
// round_trip_ddl.cpp compiles those headers for the second half.
#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

#include "round_trip/declared_tables.hpp"
#include "quarry-schema/declarable.hpp"
#include "quarry-schema/header_writer.hpp"
#include "quarry-schema/reflect.hpp"
#include "checked_in_header.hpp"
#include "scratch_databases.hpp"

namespace {

// Names the generated header, round_trip/<backend>_tables.hpp, and its namespace.
template <class Scratch>
std::string backend_stem() {
    if constexpr (std::is_same_v<Scratch, codegen_test::sqlite_scratch>) return "sqlite";
    else if constexpr (std::is_same_v<Scratch, codegen_test::mariadb_scratch>) return "mariadb";
    else return "postgresql";
}

}  // namespace

TEMPLATE_TEST_CASE("round trip: quarry-schema reads create_all's tables back as the checked-in header",
                   "[codegen][round_trip]", CODEGEN_BACKENDS) {
    TestType scratch{"round_trip"};
    {
        auto db = scratch.connect();
        quarry::create_all(db, round_trip::authors, round_trip::books, round_trip::book_tags);
    }
    const std::string stem = backend_stem<TestType>();
    const auto schema = quarry_schema::declarable(quarry_schema::read_schema(scratch.url(), {}));
    codegen_test::check_checked_in(quarry_schema::write_header(schema, {"round_trip_" + stem}),
                                   "round_trip/" + stem + "_tables.hpp");
}
