// Contention: 8 threads × 500 increments of one counter row through a pool of 4, each in
// a transaction, retried on a deadlock, serialization failure or busy database. The
// final count is exact, and the metrics add up.
#include <catch2/catch.hpp>

#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

namespace {
// Until the library's retry_on_conflict: re-runs `body` while it fails with an error
// the backend calls retryable.
template <class Backend, class Body>
void retry_on_conflict(Body body) {
    for (;;) {
        try {
            body();
            return;
        } catch (const database_error& e) {
            if (!Backend::retryable(e)) throw;
            std::this_thread::yield();
        }
    }
}
}  // namespace

TEMPLATE_TEST_CASE("8 threads x 500 increments through a pool of 4 count exactly", "[pool][contention]",
                   POOL_BACKENDS) {
    constexpr int threads = 8;
    constexpr int increments = 500;
    connection_pool<typename TestType::driver> pool{TestType::fresh(), {.max_size = 4, .acquire_timeout = 60s}};

    std::mutex failure_mutex;
    std::exception_ptr failure;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            try {
                for (int i = 0; i < increments; ++i) {
                    retry_on_conflict<TestType>([&] {
                        auto db = pool.acquire();
                        auto tx = db->begin();
                        (*db)(update(pool_counters)
                                  .set(pool_counters.hits = pool_counters.hits + 1)
                                  .where(pool_counters.id == 1));
                        tx.commit();
                    });
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

    const pool_metrics m = pool.metrics();
    CHECK(m.in_use == 0);
    CHECK(m.waiting == 0);
    CHECK(m.timeouts == 0);
    CHECK(m.created <= 4);
    CHECK(m.created - m.closed == m.idle);
}
