#pragma once
// A connection's prepared statements, so that running the same SQL again skips the
// parse and plan:
// - A static statement (fixed SQL, known at compile time) is found by its type's
//   statement_slot: one index, no hashing, no rendering. Such statements are few (the
//   program's source fixes them), so they are never evicted: each is prepared once per
//   connection.
// - A dynamic statement (an IN over a vector, a multi-row INSERT, optional filters) is
//   rendered on every execution and found by its SQL text, in a least-recently-used
//   list of at most `capacity` statements. Capacity 0 turns this part off. One whose
//   text only its type and a number fix (a multi-row INSERT: its row count) is found by
//   both, and rendered only when it is not there.
// A cached statement still being read (a loop over a query that runs the same query
// inside) cannot serve a second execution at once: a one-off statement does, and is
// freed after it.
#include <cstddef>
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quarry/engine/statement_lease.hpp"

namespace quarry {

struct statement_cache_metrics {
    std::uint64_t hits = 0;       // executions that found their statement prepared
    std::uint64_t misses = 0;     // executions that prepared it (or a one-off for it)
    std::uint64_t evictions = 0;  // dynamic statements dropped to stay within capacity
    std::size_t size = 0;         // statements held now, static and dynamic
};

// A statement for one execution, and whether it was found prepared.
template <class Driver>
struct cache_lookup {
    cache_lookup(statement_lease<Driver> found, bool was_hit) : lease(std::move(found)), hit(was_hit) {}
    cache_lookup(cache_lookup&&) noexcept = default;
    // Inline always, as the lease's own: g++ otherwise calls it out of line at each execution.
    [[gnu::always_inline]] ~cache_lookup() = default;

    statement_lease<Driver> lease;
    bool hit;
};

template <class Driver>
class statement_cache {
public:
    using statement = typename Driver::statement;

    explicit statement_cache(std::size_t capacity) : capacity_(capacity) {}
    statement_cache(statement_cache&&) noexcept = default;
    statement_cache& operator=(statement_cache&&) noexcept = default;

    // The statement for a static statement type's slot; `sql` is prepared on a miss.
    // The hit is a few instructions, inlined into the execution; the miss is a call.
    cache_lookup<Driver> by_slot(Driver& driver, std::size_t slot, std::string_view sql) {
        if (slot < slots_.size()) [[likely]] {
            cache_entry<statement>* entry = slots_[slot].get();
            if (entry != nullptr && !entry->in_use) [[likely]] {
                ++metrics_.hits;
                return {statement_lease<Driver>{driver, *entry}, true};
            }
        }
        return slot_miss(driver, slot, sql);
    }

    // The statement for rendered SQL text, most recently used first.
    cache_lookup<Driver> by_text(Driver& driver, std::string_view sql) {
        if (const auto found = index_.find(sql); found != index_.end()) {
            text_entry& entry = *found->second;
            if (entry.cached.in_use) {
                ++metrics_.misses;
                return {statement_lease<Driver>{driver, driver.prepare(sql)}, false};
            }
            ++metrics_.hits;
            recent_.splice(recent_.begin(), recent_, found->second);
            return {statement_lease<Driver>{driver, entry.cached}, true};
        }
        ++metrics_.misses;
        if (capacity_ == 0) return {statement_lease<Driver>{driver, driver.prepare(sql)}, false};
        statement prepared = driver.prepare(sql);
        recent_.push_front(text_entry{std::string(sql), {std::move(prepared)}});
        index_.emplace(recent_.front().sql, recent_.begin());
        cache_lookup<Driver> found{statement_lease<Driver>{driver, recent_.front().cached}, false};
        evict_beyond_capacity();  // after the lease: the new statement is in use, so it stays
        return found;
    }

    // The statement for a dynamic statement type's slot and shape (see above). On a miss,
    // render() gives its text, which must outlive the lookup. `sql` is set to the text.
    template <class Render>
    cache_lookup<Driver> by_shape(Driver& driver, std::size_t slot, std::size_t shape, Render&& render,
                                  std::string_view& sql) {
        const shape_key key{slot, shape};
        if (const auto found = shapes_.find(key); found != shapes_.end() && !found->second->cached.in_use) {
            ++metrics_.hits;
            recent_.splice(recent_.begin(), recent_, found->second);
            sql = found->second->sql;
            return {statement_lease<Driver>{driver, found->second->cached}, true};
        }
        sql = render();
        cache_lookup<Driver> found = by_text(driver, sql);
        if (const auto entry = index_.find(sql); entry != index_.end()) {
            entry->second->shape = key;
            shapes_[key] = entry->second;
        }
        return found;
    }

    statement_cache_metrics metrics() const noexcept {
        statement_cache_metrics m = metrics_;
        m.size = static_count_ + recent_.size();
        return m;
    }

    // Frees every statement; none may be in use. For a session reset that drops the
    // server's prepared statements, and before the driver closes the connection.
    void clear() noexcept {
        index_.clear();
        shapes_.clear();
        recent_.clear();
        slots_.clear();
        static_count_ = 0;
    }

private:
    // Prepares the statement for a slot, or a one-off while the slot's is being read.
    [[gnu::noinline]] cache_lookup<Driver> slot_miss(Driver& driver, std::size_t slot, std::string_view sql) {
        ++metrics_.misses;
        if (slot >= slots_.size()) slots_.resize(slot + 1);
        if (slots_[slot]) return {statement_lease<Driver>{driver, driver.prepare(sql)}, false};
        slots_[slot] = std::make_unique<cache_entry<statement>>(cache_entry<statement>{driver.prepare(sql)});
        ++static_count_;
        return {statement_lease<Driver>{driver, *slots_[slot]}, false};
    }

    using shape_key = std::pair<std::size_t, std::size_t>;  // slot, shape

    struct text_entry {
        std::string sql;
        cache_entry<statement> cached;
        std::optional<shape_key> shape = {};
    };

    // Drops the least recently used statements that are not being read.
    void evict_beyond_capacity() {
        auto candidate = recent_.end();
        while (recent_.size() > capacity_ && candidate != recent_.begin()) {
            --candidate;
            if (candidate->cached.in_use) continue;
            index_.erase(candidate->sql);
            if (candidate->shape) shapes_.erase(*candidate->shape);
            candidate = recent_.erase(candidate);
            ++metrics_.evictions;
        }
    }

    std::size_t capacity_;
    // Indexed by statement_slot. Entries are allocated one by one, because growing the
    // vector must not move the entries that live results point to.
    std::vector<std::unique_ptr<cache_entry<statement>>> slots_;
    std::size_t static_count_ = 0;
    // Most recently used first; list nodes stay put, so leases and the index's keys
    // (views of each node's sql) stay valid.
    std::list<text_entry> recent_;
    std::unordered_map<std::string_view, typename std::list<text_entry>::iterator> index_;
    std::map<shape_key, typename std::list<text_entry>::iterator> shapes_;
    statement_cache_metrics metrics_;
};

}  // namespace quarry
