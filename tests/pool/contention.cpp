// Contention: 16 threads × 2,000 increments of one counter row through a pool of 4. Each
// increment reads the count and writes it back plus one, in a SERIALIZABLE transaction
// run by retry_on_conflict: the backends refuse the lost updates this pattern invites
// (a deadlock on MariaDB, a serialization failure on PostgreSQL, a busy database or a
// stale snapshot on SQLite), and the retries make the final count exact.
#include <catch2/catch.hpp>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include <quarry/engine/pool.hpp>
#include <quarry/engine/retry.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

TEMPLATE_TEST_CASE("16 threads x 2,000 read-modify-write increments through a pool of 4 count exactly",
                   "[pool][contention]", POOL_BACKENDS) {
    constexpr int threads = 16;
    constexpr int increments = 2'000;
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 4, .acquire_timeout = 60s}};
    const retry_options retry{.max_attempts = 1'000, .transaction = {.isolation = isolation_level::serializable}};

    std::atomic<int> attempts{0};
    std::mutex failure_mutex;
    std::exception_ptr failure;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            try {
                for (int i = 0; i < increments; ++i) {
                    auto db = pool.acquire();
                    retry_on_conflict(
                        db,
                        [&](auto& c) {
                            attempts.fetch_add(1, std::memory_order_relaxed);
                            const std::int64_t hits = counter_hits(*c);
                            c(update(pool_counters).set(pool_counters.hits = hits + 1).where(pool_counters.id == 1));
                        },
                        retry);
                }
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
            }
        });
    }
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);

    auto db = pool.acquire();
    CHECK(counter_hits(*db) == threads * increments);
    db.release();
    INFO(TestType::name << ": " << attempts.load() - threads * increments << " conflicts retried");
    CHECK(attempts.load() >= threads * increments);

    const pool_metrics m = pool.metrics();
    CHECK(m.in_use == 0);
    CHECK(m.waiting == 0);
    CHECK(m.timeouts == 0);
    CHECK(m.created <= 4);
    CHECK(m.created - m.closed == m.idle);
}
