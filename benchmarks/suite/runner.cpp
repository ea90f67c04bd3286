#include "runner.hpp"

#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <system_error>
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

// What a process wrote to its standard output, and how it ended (as waitpid says).
struct process_output {
    std::string text;
    int status = 0;
};

// Runs `arguments` (the program first) to its end, with its standard output on a pipe.
process_output run_process(const std::vector<std::string>& arguments) {
    int pipe_ends[2];
    if (pipe2(pipe_ends, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category(), "pipe2");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
    std::vector<char*> argv;
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t child = 0;
    const int spawned = posix_spawn(&child, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_ends[1]);
    process_output output;
    if (spawned != 0) {
        close(pipe_ends[0]);
        throw std::system_error(spawned, std::generic_category(), "cannot start " + arguments.front());
    }
    char buffer[4096];
    for (ssize_t n; (n = read(pipe_ends[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0) output.text.append(buffer, static_cast<std::size_t>(n));
        else if (errno != EINTR) break;
    }
    close(pipe_ends[0]);
    while (waitpid(child, &output.status, 0) < 0 && errno == EINTR) {
    }
    return output;
}

// How a process ended, for a report: "exit status 3", "signal 11".
std::string ending(int status) {
    if (WIFSIGNALED(status)) return "signal " + std::to_string(WTERMSIG(status));
    return "exit status " + std::to_string(WEXITSTATUS(status));
}

// Adds one repetition's times, as its process wrote them (run_repetition), to the group's
// libraries; a process that did not end well failed every library's run.
void take_repetition(const process_output& output, group_result& group) {
    std::map<std::string, std::pair<double, std::string>> reported;
    if (WIFEXITED(output.status) && WEXITSTATUS(output.status) == 0) {
        std::istringstream lines{output.text};
        for (std::string library, time, error; std::getline(lines, library, '\t') &&
                                                std::getline(lines, time, '\t') && std::getline(lines, error);) {
            reported[library] = {std::strtod(time.c_str(), nullptr), error};
        }
    }
    for (library_times& library : group.libraries) {
        const auto found = reported.find(library.source->library);
        if (found == reported.end()) {
            library.per_repetition.push_back(not_measured);
            library.error = "the repetition's process ended with " + ending(output.status);
            continue;
        }
        library.per_repetition.push_back(found->second.first);
        if (!found->second.second.empty()) library.error = found->second.second;
    }
}

}  // namespace

std::vector<group_result> run_alternating(const run_options& options) {
    std::vector<group_result> groups = make_groups(options);
    for (group_result& group : groups) {
        if (std::string why = unavailable_reason(group.backend_id); !why.empty()) {
            group.skipped = std::move(why);
            std::cerr << group.case_id << " on " << group.backend_id << ": skipped, " << group.skipped << '\n';
            continue;
        }
        std::string sqlite_file;
        try {
            sqlite_file = prepare_shared_database(group.backend_id);
        } catch (const std::exception& e) {
            group.skipped = std::string("filling its database failed: ") + e.what();
            std::cerr << group.case_id << " on " << group.backend_id << ": " << group.skipped << '\n';
            continue;
        }
        std::vector<std::string> settings{"--sqlite-file=" + sqlite_file};
        if (options.pinned_cpu) settings.push_back("--pin-cpu=" + std::to_string(*options.pinned_cpu));
        settings.insert(settings.end(), options.benchmark_flags.begin(), options.benchmark_flags.end());
        std::cerr << group.case_id << " on " << group.backend_id << ":" << std::flush;
        for (int repetition = 0; repetition < options.repetitions; ++repetition) {
            std::cerr << ' ' << repetition + 1 << std::flush;
            const std::size_t first = static_cast<std::size_t>(repetition) % group.libraries.size();
            std::vector<std::string> arguments{
                options.program, "--repetition=" + group.case_id + "/" + group.backend_id + "/" + std::to_string(first)};
            arguments.insert(arguments.end(), settings.begin(), settings.end());
            take_repetition(run_process(arguments), group);
        }
        std::cerr << " done\n";
    }
    return groups;
}

int run_repetition(const repetition& request, std::ostream& out) {
    run_options only_this;
    only_this.cases = {request.case_id};
    only_this.backends = {request.backend_id};
    const std::vector<group_result> groups = make_groups(only_this);
    if (groups.size() != 1 || request.first >= groups.front().libraries.size()) {
        std::cerr << "quarry_bench: no variants of " << request.case_id << " on " << request.backend_id << '\n';
        return 2;
    }
    const group_result& group = groups.front();
    cpu_pinning pinning{request.pinned_cpu};
    pinning.apply(runs_pinned(group));
    single_run_collector collector;
    const std::size_t count = group.libraries.size();
    out << std::setprecision(9);
    for (std::size_t k = 0; k < count; ++k) {
        const variant& source = *group.libraries[(request.first + k) % count].source;
        benchmark::RunSpecifiedBenchmarks(&collector, exact_filter(source));
        std::string error;
        const double ns = collector.take(source, error);
        std::replace_if(error.begin(), error.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
        out << source.library << '\t' << ns << '\t' << error << '\n';
    }
    return 0;
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
