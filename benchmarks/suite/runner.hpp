#pragma once
// Runs the registered variants case by case, backend by backend, in alternation: every
// repetition runs each library of the group once, and the order rotates between
// repetitions, so that each library goes first equally often. A ratio of two libraries
// is then taken per repetition, from runs a few seconds apart, and its median over the
// repetitions is what the report shows: load from other processes that comes and goes
// touches both sides of a pair alike.
//
// Each repetition runs in a process of its own (this program, started again with
// --repetition), which sets up its databases afresh. Where a process's memory happens to
// lie moves a SQLite point select by up to a tenth, the same for every run in that
// process: the same binary read the in-memory ratio anywhere from 0.97 to 1.14, one
// process to the next, each a median of 5 runs. With a process per repetition, the median
// ratio is taken over as many placements as repetitions, not decided by one. On the
// servers, where each process also has server sessions of its own, one repetition's
// point-select ratio spreads by ±5%: hence 15 repetitions by default.
//
// With a CPU to pin to, each single-threaded case timed by CPU runs its thread on that CPU,
// where scripts/bench also pins the servers: a statement's round trip is then two context
// switches on one core. Across cores, the client's CPU time per MariaDB point select swung
// between 14 and 30 µs from run to run on this 2-core VM, by how the two sides' wake-ups
// fell; pinned, it reads 6.7 µs, steady to half a percent.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "registry.hpp"

namespace bench {

struct run_options {
    int repetitions = 15;
    std::vector<std::string> cases;     // case ids to run; empty: all
    std::vector<std::string> backends;  // backend ids to run; empty: all
    std::optional<int> pinned_cpu;      // the CPU for single-threaded CPU-timed cases
    std::string program;                // this program, which each repetition runs as
    std::vector<std::string> benchmark_flags;  // the --benchmark_* flags, passed on to each repetition
};

// One repetition of one group, as its process is asked for it: each library once, the
// `first` one first.
struct repetition {
    std::string case_id;
    std::string backend_id;
    std::size_t first = 0;
    std::optional<int> pinned_cpu;
};

// One library's times in one group, in nanoseconds per operation, one per repetition
// (NaN where the run failed).
struct library_times {
    const variant* source;
    std::vector<double> per_repetition;
    std::string error;  // the last failure's message, if any
};

struct group_result {
    std::string case_id;
    std::string backend_id;
    std::vector<library_times> libraries;  // in registration order
    std::string skipped;                   // why the group did not run, if it did not
};

// Runs every selected group; reports progress on stderr.
std::vector<group_result> run_alternating(const run_options& options);

// Runs one repetition in this process and writes each library's time to `out`, for the
// process that run_alternating is waiting on; returns the exit status.
int run_repetition(const repetition& request, std::ostream& out);

// The median of the values that are not NaN; NaN if there are none.
double median(std::vector<double> values);

// The median over repetitions of library ÷ baseline, pairing the two runs of each
// repetition.
double median_ratio(const library_times& library, const library_times& baseline);

}  // namespace bench
