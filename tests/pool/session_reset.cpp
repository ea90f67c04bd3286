// What a connection brings back to the pool besides a transaction: session state changed
// through execute_sql is reset before the next borrower gets it; a session the DSL alone
// used is kept as it is, prepared statements included.
#include <catch2/catch.hpp>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;

TEMPLATE_TEST_CASE("a temporary table made by one borrower is gone for the next", "[pool][session]",
                   POOL_BACKENDS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1}};
    {
        auto db = pool.acquire();
        db->execute_sql("CREATE TEMPORARY TABLE scratch (n INTEGER)");
        db->execute_sql("INSERT INTO scratch VALUES (1)");
    }
    auto db = pool.acquire();
    CHECK_THROWS_AS(db->execute_sql("INSERT INTO scratch VALUES (2)"), programming_error);
    CHECK(pool.metrics().created == 1);  // the same connection, reset
}

TEST_CASE("SQLite: pragmas changed by one borrower are restored for the next", "[pool][session]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1}};
    {
        auto db = pool.acquire();
        db->execute_sql("PRAGMA foreign_keys = OFF");
        db->execute_sql("PRAGMA query_only = ON");
        db->execute_sql("PRAGMA max_page_count = 1");
    }
    auto db = pool.acquire();
    db(insert_into(pool_notes).set(pool_notes.text = "writable again"));
    CHECK(note_count(*db) == 1);
}

TEMPLATE_TEST_CASE("a session the DSL alone used keeps its prepared statements", "[pool][session]", POOL_BACKENDS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1}};
    {
        auto db = pool.acquire();
        CHECK(counter_hits(*db) == 0);
    }
    auto db = pool.acquire();
    CHECK(counter_hits(*db) == 0);
    const statement_cache_metrics m = db->cache_metrics();
    CHECK(m.misses == 1);
    CHECK(m.hits == 1);
}
