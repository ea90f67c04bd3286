#pragma once
// Each static statement type gets a small number, once per program. A connection
// keeps its prepared statements in a vector indexed by that number, so finding a
// cached statement costs one index, not a hash of its SQL text.
#include <cstddef>

namespace quarry {

namespace detail {
std::size_t allocate_statement_slot() noexcept;
}

template <class Dialect, class Statement>
std::size_t statement_slot() noexcept {
    static const std::size_t slot = detail::allocate_statement_slot();
    return slot;
}

}  // namespace quarry
