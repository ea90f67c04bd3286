// Chinook on MariaDB: quarry-schema writes the header checked in as chinook/mariadb_tables.hpp,
// and the queries of chinook_queries.hpp run through it.
#include <catch2/catch.hpp>

#include "chinook/mariadb_tables.hpp"
#include "chinook_loading.hpp"
#include "chinook_queries.hpp"

namespace {
struct tables {
    static constexpr const auto& Artist = chinook_mariadb::Artist;
    static constexpr const auto& Album = chinook_mariadb::Album;
    static constexpr const auto& Track = chinook_mariadb::Track;
    static constexpr const auto& Employee = chinook_mariadb::Employee;
    static constexpr const auto& Invoice = chinook_mariadb::Invoice;
    static constexpr const auto& Genre = chinook_mariadb::Genre;
};
}  // namespace

TEST_CASE("Chinook on MariaDB: quarry-schema writes the checked-in header, and queries run through it",
          "[codegen][chinook]") {
    codegen_test::mariadb_scratch scratch{"chinook"};
    auto db = scratch.connect();
    codegen_test::load_chinook<codegen_test::mariadb_scratch>(db);
    codegen_test::check_chinook_header(scratch);
    codegen_test::check_chinook_queries<tables>(db);
}
