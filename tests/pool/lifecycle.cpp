// The life of a pooled connection: recycled after max_lifetime, closed after
// idle_timeout, rolled back when returned, reported when held too long.
#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

TEST_CASE("a connection past max_lifetime is replaced at the next acquire", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(),
                                         {.max_size = 2, .pre_ping = false, .max_lifetime = 100ms}};
    { auto db = pool.acquire(); }
    CHECK(pool.metrics().idle == 1);
    std::this_thread::sleep_for(150ms);
    auto db = pool.acquire();
    const pool_metrics m = pool.metrics();
    CHECK(m.created == 2);
    CHECK(m.closed == 1);
    CHECK(m.in_use == 1);
    CHECK(m.idle == 0);
}

TEST_CASE("a connection that outlives max_lifetime while lent is closed when returned", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 2, .max_lifetime = 100ms}};
    {
        auto db = pool.acquire();
        std::this_thread::sleep_for(150ms);
    }
    const pool_metrics m = pool.metrics();
    CHECK(m.idle == 0);
    CHECK(m.closed == 1);
    CHECK(m.created == 1);
}

TEST_CASE("idle connections are closed after idle_timeout", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 3, .idle_timeout = 100ms}};
    {
        auto a = pool.acquire();
        auto b = pool.acquire();
    }
    CHECK(pool.metrics().idle == 2);
    pool.close_expired();
    CHECK(pool.metrics().idle == 2);  // not yet
    std::this_thread::sleep_for(150ms);
    pool.close_expired();
    pool_metrics m = pool.metrics();
    CHECK(m.idle == 0);
    CHECK(m.closed == 2);

    // Also without close_expired(): the next acquire closes them first.
    { auto c = pool.acquire(); }
    std::this_thread::sleep_for(150ms);
    auto d = pool.acquire();
    m = pool.metrics();
    CHECK(m.created == 4);
    CHECK(m.closed == 3);
    CHECK(m.in_use == 1);
}

TEST_CASE("a connection used now and then is not closed for idleness", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1, .idle_timeout = 150ms}};
    for (int i = 0; i < 4; ++i) {
        { auto db = pool.acquire(); }
        std::this_thread::sleep_for(50ms);
    }
    CHECK(pool.metrics().created == 1);
    CHECK(pool.metrics().closed == 0);
}

TEMPLATE_TEST_CASE("a connection returned mid-transaction is rolled back", "[pool]", POOL_BACKENDS) {
    const auto options = TestType::fresh();
    connection_pool<typename TestType::driver> pool{options, {.max_size = 2}};
    connection<typename TestType::driver> observer{options};

    SECTION("a transaction begun with SQL the engine did not track") {
        {
            auto db = pool.acquire();
            db->driver().execute("BEGIN");
            (*db)(insert_into(pool_notes).set(pool_notes.text = "draft"));
            CHECK(db->in_transaction());
        }
        CHECK(note_count(observer) == 0);
        auto db = pool.acquire();  // the same connection, reset
        CHECK_FALSE(db->in_transaction());
        CHECK(note_count(*db) == 0);
    }
    SECTION("a commit that never came: the transaction object ended with the handle") {
        {
            auto db = pool.acquire();
            auto tx = db->begin();
            (*db)(insert_into(pool_notes).set(pool_notes.text = "draft"));
        }
        CHECK(note_count(observer) == 0);
    }
    SECTION("committed work stays") {
        {
            auto db = pool.acquire();
            auto tx = db->begin();
            (*db)(insert_into(pool_notes).set(pool_notes.text = "kept"));
            tx.commit();
        }
        CHECK(note_count(observer) == 1);
    }
    const pool_metrics m = pool.metrics();
    CHECK(m.closed == 0);  // rolled back and kept, not thrown away
    CHECK(m.created == 1);
}

TEST_CASE("a connection held past leak_threshold is logged with where it was acquired", "[pool]") {
    std::mutex log_mutex;
    std::vector<std::string> log;
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(),
                                         {.max_size = 2,
                                          .leak_threshold = 50ms,
                                          .logger = [&](std::string_view line) {
                                              const std::lock_guard lock(log_mutex);
                                              log.emplace_back(line);
                                          }}};
    const auto line = std::to_string(std::source_location::current().line() + 1);
    auto leaked = pool.acquire();
    { auto brief = pool.acquire(); }
    CHECK(log.empty());

    std::this_thread::sleep_for(80ms);
    pool.report_leaks();
    REQUIRE(log.size() == 1);
    CHECK_THAT(log[0], Catch::Contains("has been held for") && Catch::Contains("leak_threshold 50 ms") &&
                           Catch::Contains("lifecycle.cpp:" + line));
    pool.report_leaks();
    CHECK(log.size() == 1);  // reported once

    {
        auto slow = pool.acquire();
        std::this_thread::sleep_for(80ms);
    }  // reported when it comes back, as nothing noticed it earlier
    REQUIRE(log.size() == 2);
    CHECK_THAT(log[1], Catch::Contains("before it was returned"));
}

TEST_CASE("without a logger, nothing is reported", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1, .leak_threshold = 1ms}};
    {
        auto db = pool.acquire();
        std::this_thread::sleep_for(5ms);
    }
    pool.report_leaks();
    CHECK(pool.metrics().in_use == 0);
}

// Each connection keeps its pool's bookkeeping alive (pool_entry::ledger): under
// AddressSanitizer, a leak check fails if the idle one, or the returned one, kept it for ever.
TEST_CASE("a handle that outlives its pool closes its connection", "[pool]") {
    std::optional<pooled_connection<sqlite::driver>> kept;
    {
        connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 2}};
        kept.emplace(pool.acquire());
        (void)pool.acquire();  // one idle when the pool goes
        CHECK(pool.metrics().idle == 1);
    }
    CHECK(counter_hits(**kept) == 0);
    kept.reset();
}
