// Runs the generated queries of the compile-time benchmark once on an empty in-memory
// database (a test that every one compiles and is valid SQL). Built twice: with
// quarry_queries.cpp (QUARRY_QUERIES defined) and with raw_queries.cpp.
#include <cstdint>
#include <iostream>

#ifdef QUARRY_QUERIES
#include <quarry/sqlite/connection.hpp>
int run_queries(quarry::sqlite::connection& db, std::int64_t& checksum);
#else
#include <sqlite3.h>
int run_queries(sqlite3* db, std::int64_t& checksum);
#endif

int main() {
    constexpr int expected = 103;  // generate_queries.py: 10 per table for 10 tables, 3 on the wide table
    std::int64_t checksum = 0;
#ifdef QUARRY_QUERIES
    // Foreign keys off: the inserts name parents that the empty tables do not hold.
    quarry::sqlite::open_options options{":memory:"};
    options.foreign_keys = false;
    quarry::sqlite::connection db{options};
    const int ran = run_queries(db, checksum);
#else
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    const int ran = run_queries(db, checksum);
    sqlite3_close(db);
#endif
    if (ran != expected) {
        std::cerr << "ran " << ran << " queries, expected " << expected << '\n';
        return 1;
    }
    return checksum >= 0 ? 0 : 1;
}
