// The round trip's second half: the headers quarry-schema wrote from create_all's tables
// (checked in, and checked by round_trip_reading.cpp) compile, and create_all renders the
// same DDL from them as from the declarations, statement by statement, on each dialect.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <quarry/mysql/dialect.hpp>
#include <quarry/postgresql/dialect.hpp>
#include <quarry/sqlite/dialect.hpp>

#include "round_trip/declared_tables.hpp"
#include "round_trip/mariadb_tables.hpp"
#include "round_trip/postgresql_tables.hpp"
#include "round_trip/sqlite_tables.hpp"

namespace {

// Stands for a connection in create_all, and keeps the SQL it is given.
template <class Dialect>
struct ddl_recorder {
    using dialect = Dialect;
    std::vector<std::string> statements;

    template <class Statement>
    void operator()(const Statement& statement) {
        statements.push_back(quarry::to_sql<Dialect>(statement));
    }
};

template <class Dialect, class... Tables>
std::vector<std::string> create_all_ddl(const Tables&... tables) {
    ddl_recorder<Dialect> recorder;
    quarry::create_all(recorder, tables...);
    return recorder.statements;
}

}  // namespace

TEST_CASE("round trip: the generated declarations render the DDL they were read from", "[codegen][round_trip]") {
    using namespace round_trip;
    const auto sqlite_ddl = create_all_ddl<quarry::sqlite::dialect>(authors, books, book_tags);
    CHECK(sqlite_ddl == create_all_ddl<quarry::sqlite::dialect>(round_trip_sqlite::authors, round_trip_sqlite::books,
                                                                round_trip_sqlite::book_tags));
    const auto mariadb_ddl = create_all_ddl<quarry::mariadb::dialect>(authors, books, book_tags);
    CHECK(mariadb_ddl == create_all_ddl<quarry::mariadb::dialect>(
                             round_trip_mariadb::authors, round_trip_mariadb::books, round_trip_mariadb::book_tags));
    const auto postgresql_ddl = create_all_ddl<quarry::postgresql::dialect>(authors, books, book_tags);
    CHECK(postgresql_ddl == create_all_ddl<quarry::postgresql::dialect>(round_trip_postgresql::authors,
                                                                        round_trip_postgresql::books,
                                                                        round_trip_postgresql::book_tags));
}
