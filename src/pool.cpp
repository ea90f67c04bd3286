#include "quarry/engine/pool_ledger.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace quarry {

namespace {
std::string describe_timeout(std::size_t in_use, std::size_t max_size, std::size_t waiting,
                             std::chrono::milliseconds waited) {
    std::string text = "quarry: no pooled connection became free within " + std::to_string(waited.count()) +
                       " ms: " + std::to_string(in_use) + " of " + std::to_string(max_size) + " in use";
    if (waiting > 0) text += ", " + std::to_string(waiting) + " more waiting";
    text += "; release connections sooner (leak_threshold reports long holds) or raise max_size or acquire_timeout";
    return text;
}

long long milliseconds_between(pool_clock::time_point from, pool_clock::time_point to) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}
}  // namespace

pool_timeout::pool_timeout(std::size_t in_use, std::size_t max_size, std::size_t waiting,
                           std::chrono::milliseconds waited)
    : error(describe_timeout(in_use, max_size, waiting, waited)), in_use_(in_use), max_size_(max_size) {}

namespace {
// Enough slots for every connection of a usual pool; a larger one keeps the rest in idle_.
constexpr std::size_t most_idle_slots = 64;
}  // namespace

pool_ledger::pool_ledger(pool_options options)
    : options_(std::move(options)),
      uses_slots_(!clock_needed_to_lend()),
      slots_(uses_slots_ ? std::min(options_.max_size, most_idle_slots) : 0) {
    if (options_.max_size == 0) throw usage_error("quarry: a connection pool needs max_size of at least 1");
}

pool_ledger::~pool_ledger() = default;

pool_lease pool_ledger::lend(source_location where) {
    if (auto entry = take_idle_slot()) return {std::move(entry), 0};  // leases are numbered for leak reports only
    return lend_in_turn(where);
}

std::unique_ptr<pool_entry> pool_ledger::take_idle_slot() noexcept {
    // A newcomer does not overtake a queued waiter: with waiters, acquire takes its turn.
    if (!uses_slots_ || queued_.load() != 0) return nullptr;
    return slots_.take();
}

pool_lease pool_ledger::lend_in_turn(source_location where) {
    closing_list closing;  // destroyed last, after the lock is released: closing talks to the server
    message_list messages;
    std::optional<pool_lease> lease;
    std::size_t in_use = 0;
    std::size_t waiting = 0;
    {
        std::unique_lock lock(mutex_);
        const auto now = clock_needed_to_lend() ? pool_clock::now() : pool_clock::time_point{};
        collect_expired(now, closing);
        collect_leaks(now, messages);
        reclaim_slots(closing);
        serve_waiters(now);
        if (waiters_.empty() && can_lend()) {
            lease = lend_now(where, now);
        } else {
            waiter me{where, {}, {}};
            waiters_.push_back(&me);
            set_waiters_known();
            // A release that put its connection in a slot before it could see this waiter
            // left it there: take it now (put_idle_slot checks queued_ after its put).
            reclaim_slots(closing);
            serve_waiters(now);
            const auto deadline = pool_clock::now() + options_.acquire_timeout;
            while (!me.granted && me.ready.wait_until(lock, deadline) == std::cv_status::no_timeout) {
            }
            if (me.granted) {
                lease = std::move(me.granted);
            } else {
                // Not served, so still queued: serve_waiters removes a waiter only to serve it.
                waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &me));
                set_waiters_known();
                ++timeouts_;
                in_use = open_ - idle_.size();
                waiting = waiters_.size();
                collect_leaks(pool_clock::now(), messages);
            }
        }
    }
    log(messages);
    if (!lease) throw pool_timeout(in_use, options_.max_size, waiting, options_.acquire_timeout);
    return std::move(*lease);
}

void pool_ledger::take_back(std::uint64_t lease, std::unique_ptr<pool_entry> entry, bool reusable) noexcept {
    if (entry && reusable) {
        entry = put_idle_slot(std::move(entry));
        if (!entry) return;
    }
    // Destroyed last, after the lock: closing talks to the server, and once the pool is gone
    // the last connection to come back destroys this ledger (pool_entry::ledger).
    closing_list closing;
    message_list messages;
    {
        std::lock_guard lock(mutex_);
        const auto now = clock_needed_to_take_back() ? pool_clock::now() : pool_clock::time_point{};
        const auto record = std::find_if(leases_.begin(), leases_.end(),
                                         [&](const lease_record& r) { return r.id == lease; });
        if (record != leases_.end()) {
            if (!record->reported && now - record->since >= options_.leak_threshold)
                messages.push_back(leak_message(*record, now, true));
            leases_.erase(record);
        }
        const bool too_old = entry && options_.max_lifetime.count() > 0 &&
                             now - entry->opened_at >= options_.max_lifetime;
        if (entry && reusable && !too_old && !shut_down_.load()) {
            entry->returned_at = now;
            idle_.push_back(std::move(entry));
        } else {
            if (entry) {
                closing.push_back(std::move(entry));
                ++closed_;
            }
            --open_;
        }
        collect_expired(now, closing);
        serve_waiters(now);
    }
    log(messages);
}

std::unique_ptr<pool_entry> pool_ledger::put_idle_slot(std::unique_ptr<pool_entry> entry) noexcept {
    if (!uses_slots_ || queued_.load() != 0 || shut_down_.load()) return entry;
    // Only ping_after_idle reads returned_at on this path (the fast path has no idle_timeout).
    if (clock_needed_to_take_back()) entry->returned_at = pool_coarse_now();
    entry = slots_.put(std::move(entry));
    if (entry) return entry;  // every slot full
    // A waiter that queued, or a shut_down that emptied the slots, while this put was
    // under way may not have seen it; one of the two sides sees the other (all of these
    // are sequentially consistent), so the side that does moves the connection on.
    if (queued_.load() != 0 || shut_down_.load()) {
        closing_list closing;  // may destroy this ledger, as in take_back: nothing touches it after
        std::lock_guard lock(mutex_);
        reclaim_slots(closing);
        serve_waiters(pool_clock::now());
    }
    return nullptr;
}

void pool_ledger::discard(std::unique_ptr<pool_entry> entry) noexcept {
    {
        std::lock_guard lock(mutex_);
        ++closed_;
    }
    entry.reset();
}

void pool_ledger::count_opened() noexcept {
    std::lock_guard lock(mutex_);
    ++created_;
}

void pool_ledger::close_expired() {
    closing_list closing;
    std::lock_guard lock(mutex_);
    const auto now = pool_clock::now();
    collect_expired(now, closing);
    serve_waiters(now);
}

void pool_ledger::report_leaks() {
    message_list messages;
    {
        std::lock_guard lock(mutex_);
        collect_leaks(pool_clock::now(), messages);
    }
    log(messages);
}

void pool_ledger::shut_down() noexcept {
    closing_list closing;
    std::lock_guard lock(mutex_);
    shut_down_.store(true);
    reclaim_slots(closing);  // after the store: a put that missed it sees it
    closed_ += idle_.size();
    open_ -= idle_.size();
    for (auto& entry : idle_) closing.push_back(std::move(entry));
    idle_.clear();
}

pool_metrics pool_ledger::metrics() const {
    std::lock_guard lock(mutex_);
    // A connection may move between slots while they are counted: never count more than exist.
    const std::size_t idle = std::min(open_, idle_.size() + slots_.occupied());
    return {open_ - idle, idle, waiters_.size(), timeouts_, created_, closed_};
}

pool_lease pool_ledger::lend_now(source_location where, pool_clock::time_point now) {
    pool_lease lease;
    lease.id = next_lease_++;
    if (!idle_.empty()) {
        // The most recently used: it is the likeliest to be alive, and the others can idle out.
        lease.entry = std::move(idle_.back());
        idle_.pop_back();
    } else {
        ++open_;  // a place to open a new connection in
    }
    if (reports_leaks()) leases_.push_back({lease.id, where, now});
    return lease;
}

void pool_ledger::serve_waiters(pool_clock::time_point now) {
    while (!waiters_.empty() && can_lend()) {
        waiter* next = waiters_.front();
        waiters_.pop_front();
        set_waiters_known();
        next->granted = lend_now(next->where, now);
        // Notified under the lock: the waiter cannot return from its wait, and destroy
        // its condition variable, before the lock is released.
        next->ready.notify_one();
    }
}

void pool_ledger::reclaim_slots(closing_list& closing) {
    slots_.drain([&](std::unique_ptr<pool_entry> entry) {
        if (shut_down_.load()) {
            closing.push_back(std::move(entry));
            --open_;
            ++closed_;
        } else {
            idle_.push_back(std::move(entry));
        }
    });
}

void pool_ledger::collect_expired(pool_clock::time_point now, closing_list& closing) {
    if (options_.max_lifetime.count() == 0 && options_.idle_timeout.count() == 0) return;
    const auto expired = [&](const std::unique_ptr<pool_entry>& entry) {
        return (options_.max_lifetime.count() > 0 && now - entry->opened_at >= options_.max_lifetime) ||
               (options_.idle_timeout.count() > 0 && now - entry->returned_at >= options_.idle_timeout);
    };
    for (auto it = idle_.begin(); it != idle_.end();) {
        if (expired(*it)) {
            closing.push_back(std::move(*it));
            it = idle_.erase(it);
            --open_;
            ++closed_;
        } else {
            ++it;
        }
    }
}

void pool_ledger::collect_leaks(pool_clock::time_point now, message_list& messages) {
    if (!reports_leaks()) return;
    for (lease_record& lease : leases_) {
        if (!lease.reported && now - lease.since >= options_.leak_threshold) {
            lease.reported = true;
            messages.push_back(leak_message(lease, now, false));
        }
    }
}

std::string pool_ledger::leak_message(const lease_record& lease, pool_clock::time_point now, bool returned) const {
    std::string text = "quarry: a pooled connection ";
    text += returned ? "was held for " : "has been held for ";
    text += std::to_string(milliseconds_between(lease.since, now)) + " ms";
    text += returned ? " before it was returned" : "";
    text += " (leak_threshold " + std::to_string(options_.leak_threshold.count()) + " ms); acquired at ";
    text += lease.acquired_at.file_name();
    text += ':' + std::to_string(lease.acquired_at.line()) + " in " + lease.acquired_at.function_name();
    return text;
}

void pool_ledger::log(const message_list& messages) const noexcept {
    if (!options_.logger) return;
    for (const std::string& message : messages) {
        try {
            options_.logger(message);
        } catch (...) {
            // A failing logger must not break acquire or release.
        }
    }
}

}  // namespace quarry
