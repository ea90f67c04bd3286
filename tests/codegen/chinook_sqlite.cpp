// Chinook on SQLite: quarry-schema writes the header checked in as chinook/sqlite_tables.hpp,
// and the queries of chinook_queries.hpp run through it.
#include <catch2/catch.hpp>

#include "chinook/sqlite_tables.hpp"
#include "chinook_loading.hpp"
#include "chinook_queries.hpp"

namespace {
struct tables {
    static constexpr const auto& Artist = chinook_sqlite::Artist;
    static constexpr const auto& Album = chinook_sqlite::Album;
    static constexpr const auto& Track = chinook_sqlite::Track;
    static constexpr const auto& Employee = chinook_sqlite::Employee;
    static constexpr const auto& Invoice = chinook_sqlite::Invoice;
    static constexpr const auto& Genre = chinook_sqlite::Genre;
};
}  // namespace

TEST_CASE("Chinook on SQLite: quarry-schema writes the checked-in header, and queries run through it",
          "[codegen][chinook]") {
    codegen_test::sqlite_scratch scratch{"chinook"};
    auto db = scratch.connect();
    codegen_test::load_chinook<codegen_test::sqlite_scratch>(db);
    codegen_test::check_chinook_header(scratch);
    codegen_test::check_chinook_queries<tables>(db);
}
