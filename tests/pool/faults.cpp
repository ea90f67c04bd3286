// Broken connections: a session killed on the server while idle in the pool is never
// lent (pre_ping) or lent at most once (without it); one whose loss the driver has seen
// is closed when it comes back, caught or not; invalidate() throws one away.
#include <catch2/catch.hpp>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

TEMPLATE_TEST_CASE("pre-ping replaces a connection killed on the server while idle", "[pool]", POOL_SERVERS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(),
                                                    {.max_size = 1, .pre_ping = true, .ping_after_idle = 0ms}};
    std::uint64_t killed = 0;
    {
        auto db = pool.acquire();
        killed = TestType::session_id(*db);
    }
    TestType::kill(killed);

    auto db = pool.acquire();
    CHECK(TestType::session_id(*db) != killed);
    CHECK(counter_hits(*db) == 0);
    const pool_metrics m = pool.metrics();
    CHECK(m.created == 2);
    CHECK(m.closed == 1);
}

TEMPLATE_TEST_CASE("without pre-ping, a killed connection fails one borrower and is then replaced", "[pool]",
                   POOL_SERVERS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1, .pre_ping = false}};
    std::uint64_t killed = 0;
    {
        auto db = pool.acquire();
        killed = TestType::session_id(*db);
    }
    TestType::kill(killed);

    // The driver has seen the connection die: the pool closes it on its way back.
    CHECK_THROWS_AS(counter_hits(*pool.acquire()), connection_lost);
    CHECK(pool.metrics().closed == 1);

    auto db = pool.acquire();
    CHECK(TestType::session_id(*db) != killed);
    CHECK(counter_hits(*db) == 0);
    CHECK(pool.metrics().created == 2);
}

TEMPLATE_TEST_CASE("pre-ping skips a connection idle less than ping_after_idle, which then fails one borrower",
                   "[pool]", POOL_SERVERS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(),
                                                    {.max_size = 1, .pre_ping = true, .ping_after_idle = 1h}};
    std::uint64_t killed = 0;
    {
        auto db = pool.acquire();
        killed = TestType::session_id(*db);
    }
    TestType::kill(killed);

    CHECK_THROWS_AS(counter_hits(*pool.acquire()), connection_lost);
    CHECK(pool.metrics().closed == 1);
    CHECK(TestType::session_id(*pool.acquire()) != killed);
}

// Whether the client notices the loss when the connection comes back (the rollback
// fails) or only at the next checkout's ping depends on timing; either way the dead
// connection is closed and never lent, and nothing is half-written.
TEMPLATE_TEST_CASE("a connection killed mid-transaction is not lent again", "[pool]", POOL_SERVERS) {
    const auto options = TestType::fresh();
    connection_pool<typename TestType::driver> pool{options, {.max_size = 1}};
    {
        auto db = pool.acquire();
        auto tx = db->begin();
        (*db)(insert_into(pool_notes).set(pool_notes.text = "half-written"));
        TestType::kill(TestType::session_id(*db));
        CHECK_THROWS_AS((*db)(insert_into(pool_notes).set(pool_notes.text = "never")), connection_lost);
    }
    auto db = pool.acquire();
    CHECK(pool.metrics().closed == 1);
    CHECK(note_count(*db) == 0);
}

TEMPLATE_TEST_CASE("a lost connection whose error the program caught is closed when returned", "[pool]",
                   POOL_SERVERS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1, .pre_ping = false}};
    {
        auto db = pool.acquire();
        TestType::kill(TestType::session_id(*db));
        try {
            db(insert_into(pool_notes).set(pool_notes.text = "never"));
            FAIL("expected connection_lost");
        } catch (const connection_lost&) {
            // handled; the handle goes back normally
        }
    }
    CHECK(pool.metrics().closed == 1);
    auto db = pool.acquire();
    CHECK(note_count(*db) == 0);
}

TEMPLATE_TEST_CASE("an invalidated connection is closed, not lent again", "[pool]", POOL_BACKENDS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1}};
    {
        auto db = pool.acquire();
        db.invalidate();
    }
    pool_metrics m = pool.metrics();
    CHECK(m.closed == 1);
    CHECK(m.idle == 0);
    auto db = pool.acquire();
    CHECK(counter_hits(*db) == 0);
    m = pool.metrics();
    CHECK(m.created == 2);
}

TEMPLATE_TEST_CASE("an ordinary error escaping a handle keeps the connection", "[pool]", POOL_BACKENDS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 1}};
    CHECK_THROWS_AS(
        [&] {
            auto db = pool.acquire();
            (*db)(insert_into(pool_counters).set(pool_counters.id = 1, pool_counters.hits = 5));
        }(),
        unique_violation);
    const pool_metrics m = pool.metrics();
    CHECK(m.closed == 0);
    CHECK(m.idle == 1);
}
