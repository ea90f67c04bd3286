#pragma once
// Each static statement type gets a small number, once per program. A connection
// keeps its prepared statements in a vector indexed by that number, so finding a
// cached statement costs one index, not a hash of its SQL text.
#include <atomic>
#include <cstddef>

namespace quarry {

namespace detail {
// Gives the statement type a number unless another thread just did; returns its number.
std::size_t assign_statement_slot(std::atomic<std::size_t>& slot_plus_one) noexcept;
}  // namespace detail

// A statement type's number plus one; 0 until the type first runs. An atomic, not a
// function-local static: no guard to check on each call, and a fraction of the code
// that the compiler otherwise writes for every statement type.
template <class Dialect, class Statement>
inline std::atomic<std::size_t> statement_slot_plus_one{0};

// The number that `slot_plus_one` (a statement type's statement_slot_plus_one) holds or is
// given. One function for every statement type, not one per type: each function the
// compiler writes costs it time.
inline std::size_t statement_slot(std::atomic<std::size_t>& slot_plus_one) noexcept {
    // Relaxed: the number is the only thing published, and any thread may assign it.
    const std::size_t plus_one = slot_plus_one.load(std::memory_order_relaxed);
    if (plus_one != 0) [[likely]]
        return plus_one - 1;
    return detail::assign_statement_slot(slot_plus_one);
}

}  // namespace quarry
