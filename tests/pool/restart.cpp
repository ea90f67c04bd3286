// A server stopped and started again while the pool holds connections: the statement in
// flight fails as connection_lost, borrowers get connection_error while the server is
// down, and the pool serves again once it is back, with no restart of the program.
// This program stops the test servers, so meson runs it alone (is_parallel: false).
#include <catch2/catch.hpp>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

TEMPLATE_TEST_CASE("the pool recovers when its server restarts", "[pool][restart]", POOL_SERVERS) {
    // Pinged at every acquire, so the idle connection is found dead while the server is down.
    connection_pool<typename TestType::driver> pool{TestType::fresh(),
                                                    {.max_size = 2, .acquire_timeout = 5s, .ping_after_idle = 0ms}};
    {
        auto lent = pool.acquire();
        pool.acquire().release();  // a second connection, idle in the pool
        (*lent)(insert_into(pool_notes).set(pool_notes.text = "before"));

        test_servers::control_server("pause", TestType::server);
        CHECK_THROWS_AS((*lent)(insert_into(pool_notes).set(pool_notes.text = "during")), connection_lost);
        // The idle connection fails its ping; a new one cannot be opened.
        CHECK_THROWS_AS(pool.acquire(), connection_error);
        test_servers::control_server("resume", TestType::server);
    }  // the lost connection comes back and is closed

    auto db = pool.acquire();
    CHECK(note_count(*db) == 1);
    (*db)(insert_into(pool_notes).set(pool_notes.text = "after"));
    CHECK(note_count(*db) == 2);
    const pool_metrics m = pool.metrics();
    CHECK(m.in_use == 1);
    CHECK(m.closed == 2);
    CHECK(m.created - m.closed == m.in_use + m.idle);
}
