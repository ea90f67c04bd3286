#pragma once
// A prepared statement on loan to one execution. A statement from the connection's
// cache (or a prepared<> object) goes back to it, reset; a one-off statement, made
// for a dynamic query, is owned by the lease and freed with it.
#include <utility>

namespace quarry {

template <class Statement>
struct cache_entry {
    Statement statement;
    bool in_use = false;
};

template <class Driver>
class statement_lease {
public:
    using statement = typename Driver::statement;

    statement_lease(Driver& driver, cache_entry<statement>& entry) : driver_(&driver), entry_(&entry) {
        entry.in_use = true;
    }
    // The one-off statement lives on the heap, so that a lease, moved along on every
    // execution, is two pointers and a flag, never a statement.
    statement_lease(Driver& driver, statement owned)
        : driver_(&driver), entry_(new cache_entry<statement>{std::move(owned), true}), owned_(true) {}
    statement_lease(statement_lease&& other) noexcept
        : driver_(other.driver_), entry_(std::exchange(other.entry_, nullptr)), owned_(other.owned_) {}
    statement_lease& operator=(statement_lease&&) = delete;
    // Inline (always: g++ may otherwise call it out of line), so that the compiler sees
    // that a moved-from lease's destructor does nothing: an execution moves its lease twice.
    [[gnu::always_inline]] ~statement_lease() { release(); }

    statement& get() noexcept { return entry_->statement; }
    Driver& driver() const noexcept { return *driver_; }

    [[gnu::always_inline]] void release() noexcept {
        if (entry_ == nullptr) return;
        driver_->reset(entry_->statement);
        entry_->in_use = false;
        if (owned_) [[unlikely]]
            free_owned();
        entry_ = nullptr;
    }

private:
    [[gnu::noinline]] void free_owned() noexcept { delete entry_; }

    Driver* driver_;
    cache_entry<statement>* entry_;  // null once released
    bool owned_ = false;             // a one-off statement, freed on release
};

}  // namespace quarry
