// Lending: a bounded pool, waiters served first come first served, a clear timeout.
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

namespace {
// Polls until the pool has `count` waiters: how a test knows a thread is queued.
template <class Pool>
void wait_for_waiters(const Pool& pool, std::size_t count) {
    while (pool.metrics().waiting != count) std::this_thread::sleep_for(1ms);
}

auto elapsed_since(std::chrono::steady_clock::time_point start) { return std::chrono::steady_clock::now() - start; }
}  // namespace

TEMPLATE_TEST_CASE("an exhausted pool times out, then lends again once a connection is back", "[pool]",
                   POOL_BACKENDS) {
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 2, .acquire_timeout = 200ms}};
    auto first = pool.acquire();
    auto second = pool.acquire();

    const auto start = std::chrono::steady_clock::now();
    try {
        (void)pool.acquire();
        FAIL("acquire() on an exhausted pool returned");
    } catch (const pool_timeout& e) {
        CHECK(elapsed_since(start) >= 200ms);
        CHECK(elapsed_since(start) < 2s);
        CHECK(e.in_use() == 2);
        CHECK(e.max_size() == 2);
        CHECK_THAT(e.what(), Catch::Contains("within 200 ms: 2 of 2 in use"));
        if constexpr (!std::is_same_v<TestType, sqlite_file_backend>) {
            CHECK_THAT(e.what(), !Catch::Contains(test_servers::setting("QUARRY_TEST_PG_PASSWORD")));
        }
    }
    CHECK(pool.metrics().timeouts == 1);

    second.release();
    auto third = pool.acquire();
    CHECK(counter_hits(*third) == 0);
    const pool_metrics m = pool.metrics();
    CHECK(m.in_use == 2);
    CHECK(m.created == 2);
    CHECK(m.timeouts == 1);
}

TEST_CASE("a waiter gets the connection released while it waits", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1, .acquire_timeout = 5s}};
    auto held = pool.acquire();
    std::thread releaser([&] {
        wait_for_waiters(pool, 1);
        held.release();
    });
    const auto start = std::chrono::steady_clock::now();
    auto mine = pool.acquire();
    releaser.join();
    CHECK(elapsed_since(start) < 5s);
    CHECK(pool.metrics().created == 1);
    CHECK(pool.metrics().timeouts == 0);
}

TEST_CASE("waiters are served first in, first out", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1, .acquire_timeout = 10s}};
    std::mutex log_mutex;
    std::vector<int> served;
    auto held = pool.acquire();

    std::vector<std::thread> threads;
    for (int id = 1; id <= 5; ++id) {
        threads.emplace_back([&, id] {
            auto db = pool.acquire();
            const std::lock_guard lock(log_mutex);
            served.push_back(id);
        });
        wait_for_waiters(pool, static_cast<std::size_t>(id));  // queued before the next one starts
    }
    held.release();
    for (auto& t : threads) t.join();
    CHECK(served == std::vector<int>{1, 2, 3, 4, 5});
    CHECK(pool.metrics().created == 1);
}

TEST_CASE("a connection released while someone waits goes to them, not to a newcomer", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1, .acquire_timeout = 10s}};
    std::mutex log_mutex;
    std::vector<std::string> served;
    auto held = pool.acquire();
    std::thread waiter([&] {
        auto db = pool.acquire();
        std::this_thread::sleep_for(50ms);  // long enough for the newcomer to try to overtake
        const std::lock_guard lock(log_mutex);
        served.push_back("waiter");
    });
    wait_for_waiters(pool, 1);
    held.release();  // handed straight to the waiter
    {
        auto again = pool.acquire();  // the newcomer queues behind it
        const std::lock_guard lock(log_mutex);
        served.push_back("newcomer");
    }
    waiter.join();
    CHECK(served == std::vector<std::string>{"waiter", "newcomer"});
}

TEST_CASE("connections are opened lazily and reused", "[pool]") {
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 4}};
    CHECK(pool.metrics().created == 0);
    for (int i = 0; i < 3; ++i) {
        auto db = pool.acquire();
        CHECK(counter_hits(*db) == 0);
    }
    pool_metrics m = pool.metrics();
    CHECK(m.created == 1);
    CHECK(m.idle == 1);
    CHECK(m.in_use == 0);
    {
        auto a = pool.acquire();
        auto b = pool.acquire();
        m = pool.metrics();
        CHECK(m.created == 2);
        CHECK(m.in_use == 2);
        CHECK(m.idle == 0);
    }
    m = pool.metrics();
    CHECK(m.idle == 2);
    CHECK(m.closed == 0);
}

TEST_CASE("a pooled connection handle is move-only and empty once released", "[pool]") {
    static_assert(!std::is_copy_constructible_v<pooled_connection<sqlite::driver>>);
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), {.max_size = 1}};
    auto db = pool.acquire();
    auto moved = std::move(db);
    CHECK_FALSE(static_cast<bool>(db));
    CHECK(static_cast<bool>(moved));
    CHECK(pool.metrics().in_use == 1);
    moved.release();
    CHECK_FALSE(static_cast<bool>(moved));
    CHECK(pool.metrics().in_use == 0);
}

TEST_CASE("a pool over an in-memory SQLite database holds one connection", "[pool]") {
    CHECK_THROWS_WITH((connection_pool<sqlite::driver>{":memory:", {.max_size = 2}}),
                      Catch::Contains("must have max_size 1 (it has 2)"));
    connection_pool<sqlite::driver> pool{":memory:", {.max_size = 1}};
    {
        auto db = pool.acquire();
        create_pool_tables(*db);
    }
    auto db = pool.acquire();  // the same connection, so the same database
    CHECK(counter_hits(*db) == 0);
}

TEST_CASE("a pool needs room for one connection", "[pool]") {
    CHECK_THROWS_AS((connection_pool<sqlite::driver>{sqlite_file_backend::fresh(), {.max_size = 0}}), usage_error);
}

TEST_CASE("a connection that cannot be opened frees its place, and the error keeps the password out", "[pool]") {
    auto options = test_servers::postgresql_socket();
    options.password = "wrong-secret-pw";
    options.host = "127.0.0.1";
    connection_pool<postgresql::driver> pool{options, {.max_size = 1, .acquire_timeout = 200ms}};
    for (int attempt = 0; attempt < 2; ++attempt) {  // the second would time out if the place were lost
        try {
            (void)pool.acquire();
            FAIL("connected with a wrong password");
        } catch (const connection_error& e) {
            CHECK_THAT(e.what(), !Catch::Contains("wrong-secret-pw"));
        }
    }
    const pool_metrics m = pool.metrics();
    CHECK(m.in_use == 0);
    CHECK(m.created == 0);
    CHECK(m.timeouts == 0);
}
