#pragma once
// A prepared statement on loan to one execution. A statement from the connection's
// cache (or a prepared<> object) goes back to it, reset; a one-off statement, made
// for a dynamic query, is owned by the lease and freed with it.
#include <memory>
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
    // execution, is three pointers and never a statement.
    statement_lease(Driver& driver, statement owned)
        : driver_(&driver),
          owned_(std::make_unique<cache_entry<statement>>(cache_entry<statement>{std::move(owned), true})),
          entry_(owned_.get()) {}
    statement_lease(statement_lease&& other) noexcept
        : driver_(other.driver_), owned_(std::move(other.owned_)), entry_(std::exchange(other.entry_, nullptr)) {}
    statement_lease& operator=(statement_lease&&) = delete;
    // The check inline and the work out of line: the compiler then sees that a moved-from
    // lease's destructor does nothing (an execution moves its lease twice), where a whole
    // destructor, too big to inline, was called for each.
    ~statement_lease() { release(); }

    statement& get() noexcept { return entry_->statement; }
    Driver& driver() const noexcept { return *driver_; }

    void release() noexcept {
        if (entry_ != nullptr) give_back();
    }

private:
    [[gnu::noinline]] void give_back() noexcept {
        driver_->reset(entry_->statement);
        entry_->in_use = false;
        entry_ = nullptr;
        owned_.reset();
    }

    Driver* driver_;
    std::unique_ptr<cache_entry<statement>> owned_;  // a one-off statement, else null
    cache_entry<statement>* entry_;                  // null once released
};

}  // namespace quarry
