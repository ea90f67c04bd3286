#include "quarry/engine/pool_idle_slots.hpp"

namespace quarry {

namespace {
// The slot this thread used last, in whichever pool. New threads start on successive
// slots, so that a few threads sharing a pool each find their own.
constexpr std::size_t no_slot_yet = ~std::size_t{0};
// initial-exec: read at a fixed offset from the thread pointer, not through __tls_get_addr
// (a call that cost as much as the slot exchange itself).
[[gnu::tls_model("initial-exec")]] thread_local std::size_t last_slot = no_slot_yet;
std::atomic<std::size_t> next_thread_slot{0};
}  // namespace

pool_idle_slots::pool_idle_slots(std::size_t count) : slots_(std::make_unique<slot[]>(count)), count_(count) {}

pool_idle_slots::~pool_idle_slots() {
    drain([](std::unique_ptr<pool_entry>) {});
}

std::size_t pool_idle_slots::first_slot() const noexcept {
    if (last_slot == no_slot_yet) last_slot = next_thread_slot.fetch_add(1, std::memory_order_relaxed);
    return last_slot % count_;
}

std::unique_ptr<pool_entry> pool_idle_slots::take() noexcept {
    const std::size_t first = first_slot();
    for (std::size_t n = 0, i = first; n < count_; ++n, i = i + 1 == count_ ? 0 : i + 1) {
        // A load first: an empty slot costs no write to a cache line another thread may own.
        if (slots_[i].entry.load(std::memory_order_relaxed) == nullptr) continue;
        if (pool_entry* entry = slots_[i].entry.exchange(nullptr)) {
            last_slot = i;
            return std::unique_ptr<pool_entry>(entry);
        }
    }
    return nullptr;
}

std::unique_ptr<pool_entry> pool_idle_slots::put(std::unique_ptr<pool_entry> entry) noexcept {
    const std::size_t first = first_slot();
    for (std::size_t n = 0, i = first; n < count_; ++n, i = i + 1 == count_ ? 0 : i + 1) {
        pool_entry* empty = nullptr;
        if (slots_[i].entry.load(std::memory_order_relaxed) == nullptr &&
            slots_[i].entry.compare_exchange_strong(empty, entry.get())) {
            entry.release();
            last_slot = i;
            return nullptr;
        }
    }
    return entry;
}

std::size_t pool_idle_slots::occupied() const noexcept {
    std::size_t full = 0;
    for (std::size_t i = 0; i < count_; ++i) full += slots_[i].entry.load() != nullptr;
    return full;
}

}  // namespace quarry
