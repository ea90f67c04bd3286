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

    // Out of line (src/statement_probe.cpp), like everything here that reads the clock, copies
    // the text or calls the hook: a probe is made only with a hook, and every statement a program runs
    // would otherwise carry that code where it is run.
    statement_probe(const hook_type& hook, std::string_view sql, std::uint64_t connection_id, bool cache_hit);

    void count_row() noexcept { ++rows_; }

    // Calls the hook once, with the time since the probe was made.
    void report(bool returns_rows, std::int64_t rows) const;
    void report_rows() const { report(true, rows_); }
    // For a result that ends before its last row, in its destructor: the hook's exception
    // is the hook's to report.
    void report_unfinished() const noexcept;

private:
    const hook_type* hook_;
    std::string sql_;  // owned: a dynamic statement's text dies with its execution
    std::uint64_t connection_id_;
    bool cache_hit_;
    std::int64_t rows_ = 0;
    std::chrono::steady_clock::time_point started_;
};

}  // namespace quarry
