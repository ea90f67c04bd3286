#pragma once
// The suite's cases: their ids (which the variants register under), titles, how many
// operations one benchmark iteration does, and the targets of issue 7.
#include <functional>
#include <string>
#include <string_view>

#include "registry.hpp"
#include "workload.hpp"

namespace bench {

struct case_spec {
    std::string_view id;
    std::string_view title;
    double operations_per_iteration;  // the report divides an iteration's time by this
    double max_ratio;                 // Quarry ÷ raw target; 0 for none
    bool beat_peers;                  // Quarry must be faster than SOCI and SQLiteCpp
    double max_quarry_ns = 0;         // Quarry's time per operation target; 0 for none
};

inline constexpr case_spec point_select{"point_select", "point select by primary key, 3 columns", 1, 1.02, true};
inline constexpr case_spec insert_rows{"insert_rows", "insert 100k rows, one per statement, 1 transaction",
                                       item_count, 1.02, true};
inline constexpr case_spec multi_row_insert{"multi_row_insert", "multi-row insert 100k rows, 1000 per statement",
                                            item_count, 0, false};
inline constexpr case_spec scan_structs{"scan_structs", "scan 100k rows, 5 columns, into structs", item_count, 1.05,
                                        true};
inline constexpr case_spec scan_mapped{"scan_mapped", "scan 100k rows, 5 columns, into structs by Hana mapping",
                                       item_count, 1.05, false};
inline constexpr case_spec join_group_order{"join_group_order", "join + group by + order by, 2 tables", 1, 0, false};
inline constexpr case_spec dynamic_query{"dynamic_query", "build + render a query with 5 optional filters", 1, 0,
                                         false, 1000};
inline constexpr case_spec pool_1_thread{"pool_1_thread", "pool acquire + release, 1 thread", 1, 0, false, 200};
inline constexpr case_spec pool_2_threads{"pool_2_threads", "pool acquire + release, 2 threads", 1, 0, false};
inline constexpr case_spec pool_8_threads{"pool_8_threads", "pool acquire + release, 8 threads", 1, 0, false};

// With 8 threads, a pool's time per operation (its inverse throughput) must be no worse
// than with 1.
inline constexpr std::string_view pool_throughput_baseline = pool_1_thread.id;
inline constexpr std::string_view pool_throughput_checked = pool_8_threads.id;

inline constexpr case_spec all_cases[] = {point_select,     insert_rows,   multi_row_insert, scan_structs,
                                          scan_mapped,      join_group_order, dynamic_query, pool_1_thread,
                                          pool_2_threads,   pool_8_threads};

// Registers one library's variant of a case on a backend.
inline bool add_case(const case_spec& c, std::string_view backend_id, std::string_view library,
                     std::function<void(benchmark::State&)> body) {
    return add({.case_id = std::string(c.id),
                .backend_id = std::string(backend_id),
                .library = std::string(library),
                .body = std::move(body),
                .operations_per_iteration = c.operations_per_iteration});
}

}  // namespace bench
