// Stress: many threads acquiring and releasing at once, some holding on long enough that
// others time out, some invalidating their connection; afterwards the pool's counters
// must add up exactly. And a release racing a waiter's arrival, over and over: the
// waiter must be served (a lost wake-up would leave it asleep until its timeout).
// Each runs twice: with the default options, where acquire and release take the
// lock-free fast path, and with idle_timeout set, where every one goes through the mutex.
#include <catch2/catch.hpp>

#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <quarry/engine/pool.hpp>

#include "pool_backends.hpp"

using namespace quarry;
using namespace std::chrono_literals;

namespace {
// The default options, or ones that keep every acquire and release on the mutex.
pool_options stress_options(bool through_mutex, std::size_t max_size, std::chrono::milliseconds timeout) {
    pool_options options{.max_size = max_size, .acquire_timeout = timeout};
    if (through_mutex) options.idle_timeout = 1h;
    return options;
}

// Runs `body(thread_index)` on `count` threads; rethrows the first failure.
template <class Body>
void run_threads(int count, Body body) {
    std::mutex failure_mutex;
    std::exception_ptr failure;
    std::vector<std::thread> threads;
    for (int t = 0; t < count; ++t) {
        threads.emplace_back([&, t] {
            try {
                body(t);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
            }
        });
    }
    for (auto& thread : threads) thread.join();
    if (failure) std::rethrow_exception(failure);
}
}  // namespace

TEMPLATE_TEST_CASE("12 threads through a pool of 3, with timeouts and invalidated connections: the counters add up",
                   "[pool][stress]", POOL_BACKENDS) {
    constexpr int threads = 12;
    constexpr int iterations = 300;
    const bool through_mutex = GENERATE(false, true);
    INFO((through_mutex ? "through the mutex" : "lock-free fast path"));
    connection_pool<typename TestType::driver> pool{TestType::fresh(), stress_options(through_mutex, 3, 5ms)};

    std::atomic<std::uint64_t> timeouts{0};
    std::atomic<std::uint64_t> invalidated{0};
    std::atomic<std::uint64_t> served{0};
    run_threads(threads, [&](int t) {
        for (int i = 0; i < iterations; ++i) {
            try {
                auto db = pool.acquire();
                served.fetch_add(1);
                if (i % 50 == t) {
                    std::this_thread::sleep_for(10ms);  // longer than acquire_timeout: others give up
                } else if (i % 37 == t) {
                    db.invalidate();
                    invalidated.fetch_add(1);
                } else if (i % 20 == 0 && counter_hits(*db) != 0) {  // whoever had it before left it usable
                    throw std::runtime_error("the counter row changed");
                }
            } catch (const pool_timeout&) {
                timeouts.fetch_add(1);
            }
        }
    });

    CHECK(served + timeouts == threads * iterations);
    CHECK(timeouts > 0);  // the pool was exhausted, so waiting and giving up were both exercised
    CHECK(invalidated > 0);
    const pool_metrics m = pool.metrics();
    CHECK(m.timeouts == timeouts);
    CHECK(m.in_use == 0);
    CHECK(m.waiting == 0);
    CHECK(m.closed == invalidated);  // each invalidated connection closed once, and no other
    CHECK(m.created == m.closed + m.idle);
    CHECK(m.idle <= 3);  // none if the last use of every connection left invalidated it
    // And it still serves, then keeps the connection for the next caller.
    { auto db = pool.acquire(); }
    CHECK(pool.metrics().idle >= 1);
}

TEST_CASE("a release racing a waiter's arrival always serves the waiter", "[pool][stress]") {
    constexpr int rounds = 2'000;
    const bool through_mutex = GENERATE(false, true);
    INFO((through_mutex ? "through the mutex" : "lock-free fast path"));
    // A lost wake-up would make the waiter time out, which ends the test.
    connection_pool<sqlite::driver> pool{sqlite_file_backend::fresh(), stress_options(through_mutex, 1, 2s)};

    std::atomic<int> started{0};   // the round the waiter may begin
    std::atomic<int> finished{0};  // the last round the waiter was served in
    std::thread waiter([&] {
        for (int round = 1; round <= rounds; ++round) {
            while (started.load() < round) std::this_thread::yield();
            try {
                auto db = pool.acquire();
            } catch (const pool_timeout&) {
                finished.store(rounds);
                return;
            }
            finished.store(round);
        }
    });
    for (int round = 1; round <= rounds && finished.load() < rounds; ++round) {
        auto held = pool.acquire();
        started.store(round);
        if (round % 2 == 0) std::this_thread::yield();  // sometimes after it queued, sometimes before
        held.release();
        while (finished.load() < round) std::this_thread::yield();
    }
    waiter.join();

    const pool_metrics m = pool.metrics();
    CHECK(m.timeouts == 0);
    CHECK(m.created == 1);
    CHECK(m.in_use == 0);
    CHECK(m.waiting == 0);
    CHECK(m.idle == 1);
}
