#include "runner.hpp"

#include <sched.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "backends.hpp"

namespace bench {

namespace {

constexpr double not_measured = std::numeric_limits<double>::quiet_NaN();

// Keeps the one run of the benchmark that RunSpecifiedBenchmarks was asked for, and
// prints nothing: the runner prints the report.
class single_run_collector : public benchmark::BenchmarkReporter {
public:
    bool ReportContext(const Context&) override { return true; }
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            if (run.run_type == Run::RT_Iteration) last_ = run;
        }
    }

    // Nanoseconds per operation of the last run, or NaN with `error` set.
    double take(const variant& v, std::string& error) {
        if (!last_) {
            error = "no run was reported";
            return not_measured;
        }
        const Run run = *std::exchange(last_, std::nullopt);
        if (run.error_occurred) {
            error = run.error_message;
            return not_measured;
        }
        const double per_iteration =
            v.measure == clock::cpu ? run.GetAdjustedCPUTime() : run.GetAdjustedRealTime();
        return per_iteration / v.operations_per_iteration;
    }

private:
    std::optional<Run> last_;
};

// Moves the calling thread onto one CPU for a case, and back onto the CPUs it started with
// for a case with threads of its own (they inherit the mask of the thread that makes them).
class cpu_pinning {
public:
    explicit cpu_pinning(std::optional<int> cpu) : cpu_(cpu) {
        if (cpu_ && sched_getaffinity(0, sizeof started_with_, &started_with_) != 0)
            throw std::runtime_error("sched_getaffinity failed");
    }
    void apply(bool pinned) {
        if (!cpu_) return;
        cpu_set_t set = started_with_;
        if (pinned) {
            CPU_ZERO(&set);
            CPU_SET(*cpu_, &set);
        }
        if (sched_setaffinity(0, sizeof set, &set) != 0)
            throw std::runtime_error("cannot run on CPU " + std::to_string(*cpu_));
    }

private:
    std::optional<int> cpu_;
    cpu_set_t started_with_{};
};

// Whether a group's variants run on the pinned CPU: single-threaded ones timed by CPU.
bool runs_pinned(const group_result& group) {
    const variant& first = *group.libraries.front().source;
    return first.measure == clock::cpu && first.threads == 1;
}

bool selected(const std::vector<std::string>& wanted, const std::string& id) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), id) != wanted.end();
}

// The groups in the order their first variant was registered.
std::vector<group_result> make_groups(const run_options& options) {
    std::vector<group_result> groups;
    for (const variant& v : variants()) {
        if (!selected(options.cases, v.case_id) || !selected(options.backends, v.backend_id)) continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const group_result& g) {
            return g.case_id == v.case_id && g.backend_id == v.backend_id;
        });
        if (group == groups.end()) {
            groups.push_back({v.case_id, v.backend_id, {}, {}});
            group = std::prev(groups.end());
        }
        group->libraries.push_back({&v, {}, {}});
    }
    return groups;
}

// Google Benchmark appends "/threads:N" and "/real_time" to the registered name. (Built by
// appending: g++ 12 at -O3 warns falsely, -Wrestrict, on "literal" + std::string.)
std::string exact_filter(const variant& v) { return std::string("^").append(v.name()).append("(/.*)?$"); }

}  // namespace

std::vector<group_result> run_alternating(const run_options& options) {
    std::vector<group_result> groups = make_groups(options);
    single_run_collector collector;
    cpu_pinning pinning{options.pinned_cpu};
    for (group_result& group : groups) {
        if (std::string why = unavailable_reason(group.backend_id); !why.empty()) {
            group.skipped = std::move(why);
            std::cerr << group.case_id << " on " << group.backend_id << ": skipped, " << group.skipped << '\n';
            continue;
        }
        pinning.apply(runs_pinned(group));
        const std::size_t count = group.libraries.size();
        std::cerr << group.case_id << " on " << group.backend_id << ":" << std::flush;
        for (int repetition = 0; repetition < options.repetitions; ++repetition) {
            std::cerr << ' ' << repetition + 1 << std::flush;
            for (std::size_t k = 0; k < count; ++k) {
                library_times& library = group.libraries[(k + static_cast<std::size_t>(repetition)) % count];
                benchmark::RunSpecifiedBenchmarks(&collector, exact_filter(*library.source));
                library.per_repetition.push_back(collector.take(*library.source, library.error));
            }
        }
        std::cerr << " done\n";
    }
    return groups;
}

double median(std::vector<double> values) {
    std::erase_if(values, [](double x) { return std::isnan(x); });
    if (values.empty()) return not_measured;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1) return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

double median_ratio(const library_times& library, const library_times& baseline) {
    std::vector<double> ratios;
    const std::size_t pairs = std::min(library.per_repetition.size(), baseline.per_repetition.size());
    for (std::size_t i = 0; i < pairs; ++i) ratios.push_back(library.per_repetition[i] / baseline.per_repetition[i]);
    return median(std::move(ratios));
}

}  // namespace bench
