#pragma once
// How a connection_pool behaves (pool_options), what it reports (pool_metrics), and
// the error an acquire that waited too long throws (pool_timeout). See pool.hpp.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "quarry/engine/error.hpp"

namespace quarry {

struct pool_options {
    // At most this many connections exist at once, lent or idle.
    std::size_t max_size = 8;
    // How long acquire() waits for a connection before throwing pool_timeout.
    std::chrono::milliseconds acquire_timeout{30'000};
    // Test an idle connection with a round trip (the driver's ping) before lending it,
    // and replace it if the server has dropped it.
    bool pre_ping = true;
    // With pre_ping: ping only a connection that has been idle at least this long
    // (validate-after-idle), so a busy pool does not pay a round trip per acquire. A
    // connection lost within that time fails its borrower's first statement instead
    // (connection_lost), and is closed when it comes back. Zero pings every time.
    // Measured on a coarse clock (a few ms): a connection idle a tick less may be pinged.
    std::chrono::milliseconds ping_after_idle{500};
    // A connection this old is closed instead of being lent again. Zero: never.
    std::chrono::milliseconds max_lifetime{0};
    // An idle connection unused this long is closed. Zero: never. There is no reaper
    // thread: expired connections are closed at the next acquire or release, or by
    // connection_pool::close_expired().
    std::chrono::milliseconds idle_timeout{0};
    // A connection held longer than this is reported to `logger`, once, with the
    // place it was acquired. Zero: no leak detection.
    std::chrono::milliseconds leak_threshold{0};
    // Receives the leak reports. It may be called from any thread that uses the pool,
    // never while the pool's lock is held. Empty: nothing is logged.
    std::function<void(std::string_view message)> logger = {};
};

// A snapshot, taken under the pool's lock, so its numbers agree with one another: when
// no acquire() is opening a connection, created - closed == in_use + idle.
struct pool_metrics {
    std::size_t in_use = 0;   // lent out (or being opened for a borrower)
    std::size_t idle = 0;     // open and waiting in the pool
    std::size_t waiting = 0;  // acquire() calls queued for a connection
    std::uint64_t timeouts = 0;  // acquire() calls that threw pool_timeout
    std::uint64_t created = 0;   // connections opened, ever
    std::uint64_t closed = 0;    // connections closed, ever (expired, broken, failed a ping)
};

// acquire() waited acquire_timeout without getting a connection: all max_size were
// lent out. The message says how many, so a leak or an undersized pool is visible.
class pool_timeout : public error {
public:
    pool_timeout(std::size_t in_use, std::size_t max_size, std::size_t waiting, std::chrono::milliseconds waited);
    std::size_t in_use() const noexcept { return in_use_; }
    std::size_t max_size() const noexcept { return max_size_; }

private:
    std::size_t in_use_;
    std::size_t max_size_;
};

}  // namespace quarry
