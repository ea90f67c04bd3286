#pragma once
// A bounded, thread-safe pool of connections to one database:
//
//   quarry::connection_pool<quarry::postgresql::driver> pool{server_options, {.max_size = 4}};
//   {
//       auto db = pool.acquire();    // waits, first come first served, up to acquire_timeout
//       auto tx = db->begin();
//       (*db)(insert_into(...));
//       tx.commit();
//   }                                // back to the pool; a transaction left open is rolled back
//
// The life of a connection:
// - Opened lazily, when acquire() finds no idle one and the pool is below max_size.
// - Before it is lent again: closed and replaced if past max_lifetime, or if pre_ping is
//   on and the driver's ping() fails (a server that restarted, a killed session).
// - When it comes back (the handle's destructor, or release()): a transaction still open
//   is rolled back, and a session changed by execute_sql is reset
//   (connection::reset_session). It is closed instead of kept when: the handle was
//   invalidate()d; the driver has seen the connection die (broken()); the handle was
//   destroyed while an exception was propagating and a ping then fails; the reset fails;
//   or it is past max_lifetime.
// - Closed when idle longer than idle_timeout (checked on every acquire and release).
// The handle catches nothing, but a connection whose loss the driver has seen is never
// kept. So a dead connection is never lent twice: with pre_ping it is not lent at all.
//
// SQLite: a database file may be pooled (use WAL, so readers and the writer do not block
// one another; writers still take turns, and a busy one fails with SQLITE_BUSY). Every
// connection to ":memory:" opens its own private database, so a pool over it must have
// max_size 1, which the constructor enforces.
//
// A handle may outlive its pool; its connection is then closed when released.
//
// Threads: with none of max_lifetime, idle_timeout and leak_threshold set, and nobody
// waiting, acquire and release take no lock (pool_idle_slots), so throughput holds up
// with more threads than cores; see pool_ledger.hpp.
//
// Beyond driver.hpp, the pool asks of a driver: ping() (throws when the connection is
// dead); broken() noexcept (the client library has seen the connection die);
// reset_session(); optionally in_transaction() noexcept (the server's own view, used by
// connection::in_transaction) and static database_per_connection(options).
#include <concepts>
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include "quarry/core/source_location.hpp"
#include "quarry/engine/connection.hpp"
#include "quarry/engine/error.hpp"
#include "quarry/engine/pool_ledger.hpp"
#include "quarry/engine/pool_options.hpp"

namespace quarry {

template <class Driver>
class pooled_connection;

// A pool entry that owns one connection<Driver>.
template <class Driver>
struct pooled_entry final : pool_entry {
    pooled_entry(const typename Driver::options& options, const connection_options& settings)
        : connection(options, settings) {}
    quarry::connection<Driver> connection;
};

template <class Driver>
class connection_pool {
public:
    using options_type = typename Driver::options;

    // Opens nothing yet. Throws usage_error for max_size 0, or for a database that each
    // connection would see privately (SQLite's ":memory:") with max_size above 1.
    connection_pool(options_type connect, pool_options options = {}, connection_options settings = {})
        : connect_(std::move(connect)),
          settings_(std::move(settings)),
          ledger_(std::make_shared<pool_ledger>(std::move(options))) {
        if constexpr (requires { { Driver::database_per_connection(connect_) } -> std::same_as<bool>; }) {
            if (Driver::database_per_connection(connect_) && ledger_->options().max_size != 1) {
                throw usage_error("quarry: every " + std::string(Driver::dialect::name) +
                                  " connection to this database opens its own private copy, so a pool over it "
                                  "must have max_size 1 (it has " +
                                  std::to_string(ledger_->options().max_size) +
                                  "); use a database file to pool several connections");
            }
        }
    }
    connection_pool(const connection_pool&) = delete;
    connection_pool& operator=(const connection_pool&) = delete;
    ~connection_pool() { ledger_->shut_down(); }

    // A connection for the caller alone until the handle is destroyed or released.
    // Throws pool_timeout after acquire_timeout, or the driver's connection_error when a
    // new connection cannot be opened. `where` names the caller in leak reports.
    pooled_connection<Driver> acquire(source_location where = source_location::current()) {
        pool_lease lease = ledger_->lend(where);
        try {
            if (lease.entry && needs_ping(*lease.entry)) {
                try {
                    entry_of(lease).connection.driver().ping();
                } catch (const std::exception&) {
                    ledger_->discard(std::move(lease.entry));  // dead: open a new one in its place
                }
            }
            if (!lease.entry) {
                lease.entry = std::make_unique<pooled_entry<Driver>>(connect_, settings_);
                lease.entry->ledger = ledger_;
                ledger_->count_opened();
            }
        } catch (...) {
            ledger_->take_back(lease.id, nullptr, false);  // frees the place for the next waiter
            throw;
        }
        return pooled_connection<Driver>{std::move(lease)};
    }

    pool_metrics metrics() const { return ledger_->metrics(); }
    const pool_options& options() const noexcept { return ledger_->options(); }

    // Closes idle connections past idle_timeout or max_lifetime now, for a program that
    // wants them gone without waiting for the next acquire or release (from a timer).
    void close_expired() { ledger_->close_expired(); }
    // Logs the connections held past leak_threshold that were not reported yet.
    void report_leaks() { ledger_->report_leaks(); }

private:
    static pooled_entry<Driver>& entry_of(pool_lease& lease) {
        return static_cast<pooled_entry<Driver>&>(*lease.entry);
    }

    bool needs_ping(const pool_entry& entry) const {
        const pool_options& o = ledger_->options();
        // Errs towards a ping: the idle time is measured on the coarse clock, up to a tick short.
        return o.pre_ping && (o.ping_after_idle.count() == 0 ||
                              pool_coarse_now() - entry.returned_at + pool_coarse_tick() >= o.ping_after_idle);
    }

    options_type connect_;
    connection_options settings_;
    std::shared_ptr<pool_ledger> ledger_;
};

// A connection on loan from a connection_pool: move-only, and given back when
// destroyed. Use it like a pointer to quarry::connection<Driver>.
template <class Driver>
class pooled_connection {
public:
    using dialect = typename Driver::dialect;

    pooled_connection(pooled_connection&& other) noexcept
        : ledger_(std::exchange(other.ledger_, nullptr)),
          lease_(std::move(other.lease_)),
          exceptions_(other.exceptions_),
          broken_(other.broken_) {}
    pooled_connection& operator=(pooled_connection&& other) noexcept {
        if (this != &other) {
            release();
            ledger_ = std::exchange(other.ledger_, nullptr);
            lease_ = std::move(other.lease_);
            exceptions_ = other.exceptions_;
            broken_ = other.broken_;
        }
        return *this;
    }
    ~pooled_connection() { release(); }

    connection<Driver>& operator*() const noexcept { return entry().connection; }
    connection<Driver>* operator->() const noexcept { return &entry().connection; }
    explicit operator bool() const noexcept { return ledger_ != nullptr; }

    // Runs a statement, or a prepared<> one, as connection::operator() does. The rest of
    // the connection is reached with ->.
    template <class Statement>
    decltype(auto) operator()(Statement&& s) const {
        return entry().connection(std::forward<Statement>(s));
    }
    transaction<Driver> begin(const transaction_options& options = {}) const {
        return entry().connection.begin(options);
    }

    // The connection is broken (the program caught a connection_error from it): it will
    // be closed when released, never lent again.
    void invalidate() noexcept { broken_ = true; }

    // Gives the connection back now; the handle is empty afterwards. Every transaction
    // begun on it must have ended (a transaction object must not outlive the handle).
    void release() noexcept {
        if (!ledger_) return;
        connection<Driver>& c = entry().connection;
        bool reusable = !broken_ && !c.driver().broken();
        if (reusable) {
            try {
                if (c.needs_reset()) {
                    c.reset_session();  // its round trip also proves the connection alive
                } else if (std::uncaught_exceptions() > exceptions_) {
                    // Released by an exception: if it came from a dead connection, find out now.
                    c.driver().ping();
                }
            } catch (...) {
                reusable = false;
            }
        }
        std::exchange(ledger_, nullptr)->take_back(lease_.id, std::move(lease_.entry), reusable);
    }

private:
    friend class connection_pool<Driver>;
    explicit pooled_connection(pool_lease lease)
        : ledger_(lease.entry->ledger.get()), lease_(std::move(lease)), exceptions_(std::uncaught_exceptions()) {}

    pooled_entry<Driver>& entry() const noexcept { return static_cast<pooled_entry<Driver>&>(*lease_.entry); }

    pool_ledger* ledger_;  // kept alive by the entry (pool_entry::ledger)
    pool_lease lease_;
    int exceptions_ = 0;  // std::uncaught_exceptions() when acquired
    bool broken_ = false;
};

}  // namespace quarry
