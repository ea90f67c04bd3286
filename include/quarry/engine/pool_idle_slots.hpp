#pragma once
// A lock-free set of idle connections: pool_ledger's fast path, so that an acquire and a
// release under contention take no mutex (a thread that loses its time slice while
// holding one makes every other borrower sleep in the kernel).
//
// Each slot holds at most one connection and sits on its own cache line. A thread
// remembers the slot it used last (a hint shared by all pools) and tries it first, so a
// thread that releases and reacquires gets its own connection back, and threads that do
// so side by side touch different cache lines. Ownership moves by atomic exchange: a
// connection is in exactly one slot, or owned by whoever took it.
//
// The operations are sequentially consistent: pool_ledger pairs a put with its own load
// of the waiter count, and a waiter's count store with a drain, so that one of the two
// sees the other (a connection is never left in a slot while a waiter sleeps).
#include <atomic>
#include <cstddef>
#include <memory>

#include "quarry/engine/pool_entry.hpp"

namespace quarry {

class pool_idle_slots {
public:
    explicit pool_idle_slots(std::size_t count);
    pool_idle_slots(const pool_idle_slots&) = delete;
    pool_idle_slots& operator=(const pool_idle_slots&) = delete;
    ~pool_idle_slots();  // closes the connections still in it

    // A connection from some slot, or nothing when all of them are empty.
    std::unique_ptr<pool_entry> take() noexcept;
    // Puts the connection in an empty slot; hands it back when every slot is full.
    std::unique_ptr<pool_entry> put(std::unique_ptr<pool_entry> entry) noexcept;
    // Takes every connection out, passing each to `receive`.
    template <class Receiver>
    void drain(Receiver&& receive) {
        for (std::size_t i = 0; i < count_; ++i) {
            if (pool_entry* entry = slots_[i].entry.exchange(nullptr)) receive(std::unique_ptr<pool_entry>(entry));
        }
    }
    // How many slots are full: exact only while no thread takes or puts.
    std::size_t occupied() const noexcept;

private:
    // 64 bytes: the cache line of x86-64 and most ARM cores.
    struct alignas(64) slot {
        std::atomic<pool_entry*> entry{nullptr};
    };

    std::size_t first_slot() const noexcept;

    std::unique_ptr<slot[]> slots_;
    std::size_t count_;
};

}  // namespace quarry
