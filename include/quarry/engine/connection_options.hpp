#pragma once
// What a connection does besides talking to its driver: how many dynamic statements it
// keeps prepared, and whom it tells about each statement it runs.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace quarry {

// One statement run on a connection, as the on_statement hook sees it. Bound values are
// never part of it: they may be secrets.
struct statement_event {
    std::string_view sql;
    // For a statement without rows, its execution. For a query, from its execution to
    // the end of its result: the last row read, or the result destroyed.
    std::chrono::nanoseconds duration{0};
    // Rows affected (INSERT, UPDATE, DELETE), or rows returned (read by the program).
    std::int64_t rows = 0;
    bool returns_rows = false;
    // The connection's number, unique in this process (connection::id()).
    std::uint64_t connection_id = 0;
    // Whether the prepared statement came from the connection's cache. False for SQL
    // Quarry runs without preparing (BEGIN, COMMIT ...).
    bool cache_hit = false;
};

struct connection_options {
    // Dynamic statements kept prepared, least recently used dropped first (see
    // statement_cache.hpp). Static statements are always kept.
    std::size_t statement_cache_size = 128;
    // Called after each statement, on the thread that ran it: in a pool, from several
    // threads at once, so it must be thread-safe (log_statements is). Empty: nothing is timed.
    std::function<void(const statement_event&)> on_statement = {};
};

}  // namespace quarry
