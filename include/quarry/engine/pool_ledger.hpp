#pragma once
// The bookkeeping of a connection_pool, independent of the backend: which connections
// are idle, which are lent and since when, who is waiting, and the counters. Its
// methods take one mutex; connection_pool<Driver> (pool.hpp) does the work that talks
// to a server (open, ping, roll back, close) outside it.
//
// The fast path takes no mutex: when no option needs the clock or a record of each
// lease (max_lifetime, idle_timeout, leak reports), and nobody is waiting, a release puts
// its connection in pool_idle_slots and an acquire takes one from there. Everything else
// (opening, waiting, expiry, closing) goes through the mutex, which first moves what is
// in the slots to idle_. A release that finds waiters gives its connection to the oldest.
//
// Invariants, under the mutex:
//   open_ == idle_.size() + connections in slots_ + lent ones <= max_size
//   (a lease may still be opening)
//   leases_ holds a record of each lent connection only while leaks are reported.
//   waiters_ is not empty only while nothing can be lent: idle_ is empty and open_ == max_size
//   (a connection in a slot is about to be moved to idle_ by the release that put it there).
//   queued_ == waiters_.size(), readable without the mutex.
// The second one is what makes waiting first-in, first-out: a connection that comes back,
// or a place that frees up, goes straight to the oldest waiter (serve_waiters), so a
// newcomer never overtakes someone already queued. Each waiter sleeps on its own
// condition variable and is woken only when something was handed to it.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "quarry/core/source_location.hpp"
#include "quarry/engine/pool_entry.hpp"
#include "quarry/engine/pool_idle_slots.hpp"
#include "quarry/engine/pool_options.hpp"

namespace quarry {

// What a borrower gets: an idle connection, or (entry empty) a place in the pool to
// open a new one in. Either way it must be given back with pool_ledger::take_back.
struct pool_lease {
    std::unique_ptr<pool_entry> entry;
    std::uint64_t id = 0;
};

class pool_ledger {
public:
    explicit pool_ledger(pool_options options);
    pool_ledger(const pool_ledger&) = delete;
    pool_ledger& operator=(const pool_ledger&) = delete;
    ~pool_ledger();

    // Waits, in turn, up to acquire_timeout; throws pool_timeout.
    pool_lease lend(source_location where);
    // Ends a lease. `entry` goes back to the idle connections if `reusable` (and not
    // past max_lifetime, and the pool still exists); otherwise it is closed. An empty
    // entry frees the lease's place (its connection was discarded or never opened).
    void take_back(std::uint64_t lease, std::unique_ptr<pool_entry> entry, bool reusable) noexcept;
    // Closes a lent connection (it failed a ping); the lease keeps its place.
    void discard(std::unique_ptr<pool_entry> entry) noexcept;
    void count_opened() noexcept;

    // Closes idle connections past idle_timeout or max_lifetime.
    void close_expired();
    // Reports leases held past leak_threshold that were not reported yet.
    void report_leaks();
    // The pool object is gone: close the idle connections now, and the lent ones when
    // they come back.
    void shut_down() noexcept;

    pool_metrics metrics() const;
    const pool_options& options() const noexcept { return options_; }

private:
    struct lease_record {
        std::uint64_t id;
        source_location acquired_at;
        pool_clock::time_point since;
        bool reported = false;
    };
    struct waiter {
        source_location where;
        std::condition_variable ready;
        std::optional<pool_lease> granted;
    };
    using closing_list = std::vector<std::unique_ptr<pool_entry>>;
    using message_list = std::vector<std::string>;

    // The clock is read, and leases recorded, only for the options that need them: an
    // acquire and release with none of them set stays well under a microsecond.
    bool reports_leaks() const noexcept { return options_.leak_threshold.count() > 0 && options_.logger != nullptr; }
    bool clock_needed_to_lend() const noexcept {
        return reports_leaks() || options_.max_lifetime.count() > 0 || options_.idle_timeout.count() > 0;
    }
    bool clock_needed_to_take_back() const noexcept {
        // returned_at: for idle_timeout and for ping_after_idle.
        return clock_needed_to_lend() || (options_.pre_ping && options_.ping_after_idle.count() > 0);
    }

    // The fast path: nothing to record or expire, nobody queued, a connection in a slot.
    std::unique_ptr<pool_entry> take_idle_slot() noexcept;
    // Puts a reusable connection in a slot; hands it back when it must go through the mutex.
    std::unique_ptr<pool_entry> put_idle_slot(std::unique_ptr<pool_entry> entry) noexcept;
    pool_lease lend_in_turn(source_location where);

    // All of these run with mutex_ held.
    void reclaim_slots(closing_list& closing);
    void set_waiters_known() noexcept { queued_.store(waiters_.size()); }
    bool can_lend() const noexcept { return !idle_.empty() || open_ < options_.max_size; }
    pool_lease lend_now(source_location where, pool_clock::time_point now);
    void serve_waiters(pool_clock::time_point now);
    void collect_expired(pool_clock::time_point now, closing_list& closing);
    void collect_leaks(pool_clock::time_point now, message_list& messages);
    std::string leak_message(const lease_record& lease, pool_clock::time_point now, bool returned) const;

    // Without mutex_: the logger may be slow, or may itself use the pool.
    void log(const message_list& messages) const noexcept;

    const pool_options options_;
    const bool uses_slots_;  // !clock_needed_to_lend()
    pool_idle_slots slots_;
    // Read by every fast acquire and release: on their own cache line, away from the
    // ones the mutex and the counters bounce on.
    alignas(64) std::atomic<std::size_t> queued_{0};
    std::atomic<bool> shut_down_{false};
    alignas(64) mutable std::mutex mutex_;
    std::deque<std::unique_ptr<pool_entry>> idle_;  // the most recently returned at the back
    std::vector<lease_record> leases_;  // with reports_leaks() only
    std::deque<waiter*> waiters_;
    std::size_t open_ = 0;
    std::uint64_t next_lease_ = 1;
    std::uint64_t timeouts_ = 0;
    std::uint64_t created_ = 0;
    std::uint64_t closed_ = 0;
};

}  // namespace quarry
