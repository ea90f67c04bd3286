#include "quarry/engine/statement_slot.hpp"

#include <atomic>

namespace quarry::detail {

std::size_t allocate_statement_slot() noexcept {
    static std::atomic<std::size_t> next{0};
    return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace quarry::detail
