#pragma once
// Times one statement for the connection's on_statement hook. Made only when a hook is
// set, so a connection without one reads no clock.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "quarry/engine/connection_options.hpp"

namespace quarry {

class statement_probe {
public:
    using hook_type = std::function<void(const statement_event&)>;

    statement_probe(const hook_type& hook, std::string_view sql, std::uint64_t connection_id, bool cache_hit)
        : hook_(&hook), sql_(sql), connection_id_(connection_id), cache_hit_(cache_hit) {}

    void count_row() noexcept { ++rows_; }

    // Calls the hook once, with the time since the probe was made.
    void report(bool returns_rows, std::int64_t rows) const {
        (*hook_)(statement_event{.sql = sql_,
                                 .duration = std::chrono::steady_clock::now() - started_,
                                 .rows = rows,
                                 .returns_rows = returns_rows,
                                 .connection_id = connection_id_,
                                 .cache_hit = cache_hit_});
    }
    void report_rows() const { report(true, rows_); }

private:
    const hook_type* hook_;
    std::string sql_;  // owned: a dynamic statement's text dies with its execution
    std::uint64_t connection_id_;
    bool cache_hit_;
    std::int64_t rows_ = 0;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace quarry
