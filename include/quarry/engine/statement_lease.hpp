#pragma once
// A prepared statement on loan to one execution. A statement from the connection's
// cache (or a prepared<> object) goes back to it, reset; a one-off statement, made
// for a dynamic query, is owned by the lease and freed with it.
#include <optional>
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
    statement_lease(Driver& driver, statement owned)
        : driver_(&driver), owned_(std::move(owned)), entry_(nullptr) {}
    statement_lease(statement_lease&& other) noexcept
        : driver_(other.driver_), owned_(std::move(other.owned_)), entry_(std::exchange(other.entry_, nullptr)) {
        other.owned_.reset();
    }
    statement_lease& operator=(statement_lease&&) = delete;
    ~statement_lease() { release(); }

    statement& get() noexcept { return entry_ ? entry_->statement : *owned_; }
    Driver& driver() const noexcept { return *driver_; }

    void release() noexcept {
        if (entry_ != nullptr) {
            driver_->reset(entry_->statement);
            entry_->in_use = false;
            entry_ = nullptr;
        } else if (owned_) {
            driver_->reset(*owned_);
            owned_.reset();
        }
    }

private:
    Driver* driver_;
    std::optional<statement> owned_;
    cache_entry<statement>* entry_;
};

}  // namespace quarry
