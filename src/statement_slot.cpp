#include "quarry/engine/statement_slot.hpp"

#include <atomic>

namespace quarry::detail {

std::size_t assign_statement_slot(std::atomic<std::size_t>& slot_plus_one) noexcept {
    static std::atomic<std::size_t> next{0};
    // Two threads running a new statement type at once may both take a number; the first
    // to store its own wins, and the other number is never used.
    const std::size_t taken = next.fetch_add(1, std::memory_order_relaxed) + 1;
    std::size_t stored = 0;
    if (slot_plus_one.compare_exchange_strong(stored, taken, std::memory_order_relaxed)) return taken - 1;
    return stored - 1;
}

}  // namespace quarry::detail
