#include <time.h>

#include "quarry/engine/pool_entry.hpp"

namespace quarry {

#ifdef CLOCK_MONOTONIC_COARSE
// Linux: steady_clock is CLOCK_MONOTONIC, and its coarse variant counts from the same
// start, so the two kinds of time_point compare.
namespace {
pool_clock::duration duration_of(const timespec& t) {
    return std::chrono::duration_cast<pool_clock::duration>(std::chrono::seconds(t.tv_sec) +
                                                             std::chrono::nanoseconds(t.tv_nsec));
}
}  // namespace

pool_clock::time_point pool_coarse_now() noexcept {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
    return pool_clock::time_point(duration_of(now));
}

pool_clock::duration pool_coarse_tick() noexcept {
    static const pool_clock::duration tick = [] {
        timespec resolution{};
        clock_getres(CLOCK_MONOTONIC_COARSE, &resolution);
        return duration_of(resolution);
    }();
    return tick;
}
#else
pool_clock::time_point pool_coarse_now() noexcept { return pool_clock::now(); }
pool_clock::duration pool_coarse_tick() noexcept { return {}; }
#endif

}  // namespace quarry
