#include "quarry/engine/retry.hpp"

#include <random>
#include <thread>

namespace quarry::detail {

void sleep_before_retry(std::chrono::microseconds ceiling) {
    thread_local std::minstd_rand random{std::random_device{}()};
    std::uniform_int_distribution<std::chrono::microseconds::rep> pause(0, ceiling.count());
    std::this_thread::sleep_for(std::chrono::microseconds(pause(random)));
}

}  // namespace quarry::detail
