#pragma once
// An open connection owned by a connection_pool, as its bookkeeping sees it: when it was
// opened and when it last became idle. pool.hpp derives the one that holds a
// connection<Driver>. Destroying it closes the connection.
#include <chrono>

namespace quarry {

using pool_clock = std::chrono::steady_clock;

class pool_entry {
public:
    pool_entry() : opened_at(pool_clock::now()) {}
    pool_entry(const pool_entry&) = delete;
    pool_entry& operator=(const pool_entry&) = delete;
    virtual ~pool_entry() = default;

    pool_clock::time_point opened_at;
    pool_clock::time_point returned_at{};  // when it last became idle
};

}  // namespace quarry
