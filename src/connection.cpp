#include "quarry/engine/connection.hpp"

#include <atomic>

namespace quarry::detail {

std::uint64_t allocate_connection_id() noexcept {
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace quarry::detail
