#include "quarry/engine/statement_probe.hpp"

namespace quarry {

statement_probe::statement_probe(const hook_type& hook, std::string_view sql, std::uint64_t connection_id,
                                 bool cache_hit)
    : hook_(&hook),
      sql_(sql),
      connection_id_(connection_id),
      cache_hit_(cache_hit),
      started_(std::chrono::steady_clock::now()) {}

void statement_probe::report(bool returns_rows, std::int64_t rows) const {
    (*hook_)(statement_event{.sql = sql_,
                             .duration = std::chrono::steady_clock::now() - started_,
                             .rows = rows,
                             .returns_rows = returns_rows,
                             .connection_id = connection_id_,
                             .cache_hit = cache_hit_});
}

void statement_probe::report_unfinished() const noexcept {
    try {
        report_rows();
    } catch (...) {
        // A destructor must not throw; the hook's failure is the hook's to report.
    }
}

}  // namespace quarry
