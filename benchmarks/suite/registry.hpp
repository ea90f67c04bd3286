#pragma once
// The benchmark variants of the suite. A variant is one library (the raw C API, Quarry,
// a peer) doing one case on one backend; the runner (runner.hpp) runs the variants of a
// case and backend in alternation, so that their ratios compare runs taken side by side.
//
// Each source file registers its variants while the program starts:
//   const bool registered = bench::add({.case_id = "point_select", .backend_id = "sqlite_memory",
//                                       .library = "raw", .body = raw_point_select});
#include <benchmark/benchmark.h>

#include <functional>
#include <string>
#include <vector>

namespace bench {

// What a variant's time per operation is read from. Client CPU time (of the benchmark's
// thread) is the default: on the servers the round trip dominates wall time, and on a
// shared machine CPU time is also the figure least disturbed by other processes. A pool's
// throughput with several threads is wall time.
enum class clock { cpu, wall };

struct variant {
    std::string case_id;     // "point_select"; see case_order() in report.hpp
    std::string backend_id;  // "sqlite_memory", "sqlite_file", "mariadb", "postgresql", "none"
    std::string library;     // "raw", "quarry", "soci", "sqlitecpp"
    std::function<void(benchmark::State&)> body;
    // One benchmark iteration does this many operations (rows inserted or read).
    double operations_per_iteration = 1;
    clock measure = clock::cpu;
    int threads = 1;

    std::string name() const { return case_id + "/" + backend_id + "/" + library; }
};

// Registers a variant with Google Benchmark and with the suite; returns true, so that a
// file can register at static initialization.
bool add(variant v);

const std::vector<variant>& variants();

}  // namespace bench
