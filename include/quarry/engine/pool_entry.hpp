#pragma once
// An open connection owned by a connection_pool, as its bookkeeping sees it: when it was
// opened and when it last became idle. pool.hpp derives the one that holds a
// connection<Driver>. Destroying it closes the connection.
#include <chrono>
#include <memory>

namespace quarry {

using pool_clock = std::chrono::steady_clock;

// pool_clock's time as of its last tick, a few milliseconds old at most: enough to tell
// whether a connection idled for ping_after_idle, and far cheaper to read (on a virtual
// machine, the precise clock costs as much as the rest of an acquire and release).
pool_clock::time_point pool_coarse_now() noexcept;
// How far pool_coarse_now() may lag pool_clock::now() (zero where it is the same clock).
pool_clock::duration pool_coarse_tick() noexcept;

class pool_ledger;

class pool_entry {
public:
    pool_entry() : opened_at(pool_clock::now()) {}
    pool_entry(const pool_entry&) = delete;
    pool_entry& operator=(const pool_entry&) = delete;
    virtual ~pool_entry() = default;

    pool_clock::time_point opened_at;
    pool_clock::time_point returned_at{};  // when it last became idle
    // The bookkeeping it goes back to. Held here rather than by each handle, so that lending
    // touches no shared reference count; a lent connection keeps it alive after its pool is
    // gone, and the pool's shut_down closes the idle ones, which would otherwise keep it forever.
    std::shared_ptr<pool_ledger> ledger;
};

}  // namespace quarry
