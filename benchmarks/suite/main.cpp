// The benchmark suite of issue 7: every case on every backend, the raw C API against
// Quarry and its peers, run in alternation; prints the report table (report.hpp).
//
//   quarry_bench [--repetitions=N] [--cases=ID,...] [--backends=ID,...] [--pin-cpu=N]
//                [--benchmark_min_time=S]
//   quarry_bench --run=REGEX      runs the matching variants once, with Google Benchmark's
//                                 own output: for a profiler (valgrind --tool=callgrind)
//   quarry_bench --repetition=CASE/BACKEND/FIRST --sqlite-file=PATH [--pin-cpu=N] [--benchmark_*]
//                                 one repetition of a group, in the process the runner
//                                 starts for it (runner.hpp)
// Variants are named CASE/BACKEND/LIBRARY (see cases.hpp and backends.hpp). scripts/bench
// builds it in release mode, starts the servers and runs it.
#include <malloc.h>
#include <sched.h>

#include <charconv>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "backends.hpp"
#include "report.hpp"
#include "runner.hpp"

namespace {

std::vector<std::string> split(std::string_view list, char separator = ',') {
    std::vector<std::string> items;
    std::stringstream in{std::string(list)};
    for (std::string item; std::getline(in, item, separator);) {
        if (!item.empty()) items.push_back(item);
    }
    return items;
}

// A whole non-negative decimal number, or nothing.
std::optional<int> parse_count(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

// "CASE/BACKEND/FIRST", as run_alternating asks for it.
std::optional<bench::repetition> parse_repetition(std::string_view text) {
    const std::vector<std::string> parts = split(text, '/');
    if (parts.size() != 3) return std::nullopt;
    const std::optional<int> first = parse_count(parts[2]);
    if (!first) return std::nullopt;
    return bench::repetition{parts[0], parts[1], static_cast<std::size_t>(*first), std::nullopt};
}

// glibc raises its mmap and trim thresholds as a process frees large blocks, so whether
// a scan's 10 MB vector lands on fresh pages (page faults at every run: 110 ns more per
// row) or on heap kept from the last run depended on what the process had done before.
// Fixed at the values a long-running program reaches, every run meets the same heap.
void fix_heap_thresholds() {
    constexpr int mmap_threshold = 32 << 20;  // glibc's most for a dynamic threshold
    if (mallopt(M_MMAP_THRESHOLD, mmap_threshold) != 1 || mallopt(M_TRIM_THRESHOLD, 2 * mmap_threshold) != 1)
        throw std::runtime_error("mallopt refused the heap thresholds");
}

int usage(std::string_view wrong) {
    std::cerr << "quarry_bench: bad argument " << wrong
              << "\nusage: quarry_bench [--repetitions=N] [--cases=ID,...] [--backends=ID,...] [--pin-cpu=N] "
                 "[--benchmark_min_time=S] | --run=REGEX\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    fix_heap_thresholds();
    bench::run_options options;
    options.program = "/proc/self/exe";
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]).starts_with("--benchmark_")) options.benchmark_flags.emplace_back(argv[i]);
    }
    benchmark::Initialize(&argc, argv);  // takes the --benchmark_* flags
    std::optional<bench::repetition> repetition;
    std::optional<std::string> sqlite_file;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("--repetitions=")) {
            const std::optional<int> repetitions = parse_count(arg.substr(14));
            if (!repetitions || *repetitions < 1) return usage(arg);
            options.repetitions = *repetitions;
        } else if (arg.starts_with("--cases=")) {
            options.cases = split(arg.substr(8));
        } else if (arg.starts_with("--backends=")) {
            options.backends = split(arg.substr(11));
        } else if (arg.starts_with("--pin-cpu=")) {
            options.pinned_cpu = parse_count(arg.substr(10));
            if (!options.pinned_cpu || *options.pinned_cpu >= CPU_SETSIZE) return usage(arg);
        } else if (arg.starts_with("--repetition=")) {
            repetition = parse_repetition(arg.substr(13));
            if (!repetition) return usage(arg);
        } else if (arg.starts_with("--sqlite-file=")) {
            sqlite_file = arg.substr(14);
        } else if (arg.starts_with("--run=")) {
            benchmark::RunSpecifiedBenchmarks(std::string(arg.substr(6)));
            benchmark::Shutdown();
            return 0;
        } else {
            return usage(arg);
        }
    }
    if (repetition) {
        if (!sqlite_file) return usage("--repetition without --sqlite-file");
        bench::use_filled_databases(*sqlite_file);
        repetition->pinned_cpu = options.pinned_cpu;
        const int status = bench::run_repetition(*repetition, std::cout);
        benchmark::Shutdown();
        return status;
    }
    const std::vector<bench::group_result> groups = bench::run_alternating(options);
    bench::print_report(std::cout, groups);
    benchmark::Shutdown();
    return 0;
}
