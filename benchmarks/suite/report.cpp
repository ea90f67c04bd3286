#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "cases.hpp"

namespace bench {

namespace {

// The libraries, in the report's column order.
constexpr std::string_view libraries[] = {"raw", "quarry", "soci", "sqlitecpp"};
constexpr std::string_view library_titles[] = {"raw", "Quarry", "SOCI", "SQLiteCpp"};

std::string_view backend_title(std::string_view id) {
    if (id == "sqlite_memory") return "SQLite, in memory";
    if (id == "sqlite_file") return "SQLite, WAL file";
    if (id == "mariadb") return "MariaDB, unix socket";
    if (id == "postgresql") return "PostgreSQL, unix socket";
    return "none (SQL text only)";
}

const case_spec* spec_of(std::string_view id) {
    const auto found = std::find_if(std::begin(all_cases), std::end(all_cases),
                                    [&](const case_spec& c) { return c.id == id; });
    return found == std::end(all_cases) ? nullptr : &*found;
}

std::string format(const char* pattern, double value) {
    char text[32];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string duration(double ns) {
    if (std::isnan(ns)) return "failed";
    if (ns < 1e3) return format("%.0f ns", ns);
    if (ns < 1e6) return format("%.3g µs", ns / 1e3);
    return format("%.3g ms", ns / 1e6);
}

const library_times* find(const group_result& group, std::string_view library) {
    const auto found = std::find_if(group.libraries.begin(), group.libraries.end(),
                                    [&](const library_times& l) { return l.source->library == library; });
    return found == group.libraries.end() ? nullptr : &*found;
}

std::string met(bool yes) { return yes ? "met" : "missed"; }

// Quarry's time on another case, same backend, or NaN.
double quarry_median(const std::vector<group_result>& groups, std::string_view case_id, std::string_view backend_id) {
    for (const group_result& g : groups) {
        if (g.case_id != case_id || g.backend_id != backend_id) continue;
        if (const library_times* quarry = find(g, "quarry")) return median(quarry->per_repetition);
    }
    return std::nan("");
}

// "≤ 1.02: met", and whether Quarry beat the peers that ran.
std::string verdict(const case_spec& spec, const group_result& group, const std::vector<group_result>& groups) {
    const library_times* raw = find(group, "raw");
    const library_times* quarry = find(group, "quarry");
    std::string text;
    if (spec.max_quarry_ns > 0) {
        text = std::string("Quarry < ")
                   .append(duration(spec.max_quarry_ns))
                   .append(": ")
                   .append(quarry ? met(median(quarry->per_repetition) < spec.max_quarry_ns) : "no Quarry variant");
    }
    if (spec.id == pool_throughput_checked && quarry) {
        const double one_thread = quarry_median(groups, pool_throughput_baseline, group.backend_id);
        text = std::string("≤ 1 thread's ")
                   .append(duration(one_thread))
                   .append(": ")
                   .append(met(median(quarry->per_repetition) <= one_thread));
    }
    if (spec.max_ratio > 0 && raw && quarry) {
        const double ratio = median_ratio(*quarry, *raw);
        text = format("≤ %.2f: ", spec.max_ratio) + met(ratio <= spec.max_ratio);
    }
    if (spec.beat_peers && quarry && group.backend_id.starts_with("sqlite")) {
        bool any_peer = false;
        bool beaten = true;
        for (std::string_view peer : {"soci", "sqlitecpp"}) {
            if (const library_times* p = find(group, peer)) {
                any_peer = true;
                beaten = beaten && median_ratio(*quarry, *p) < 1;
            }
        }
        if (any_peer) text.append(text.empty() ? "" : "; ").append(beaten ? "faster than peers" : "NOT faster than peers");
    }
    return text.empty() ? "—" : text;
}

}  // namespace

void print_report(std::ostream& out, const std::vector<group_result>& groups) {
    out << "| case | backend |";
    for (std::string_view title : library_titles) out << ' ' << title << " |";
    for (std::size_t i = 1; i < std::size(library_titles); ++i) out << ' ' << library_titles[i] << " ÷ raw |";
    out << " target |\n|";
    const std::size_t columns = 2 + std::size(library_titles) + (std::size(library_titles) - 1) + 1;
    for (std::size_t i = 0; i < columns; ++i) out << "---|";
    out << '\n';
    for (const group_result& group : groups) {
        const case_spec* spec = spec_of(group.case_id);
        out << "| " << (spec ? spec->title : group.case_id) << " | " << backend_title(group.backend_id) << " |";
        if (!group.skipped.empty()) {
            out << " skipped: " << group.skipped << " |\n";
            continue;
        }
        const library_times* raw = find(group, "raw");
        for (std::string_view library : libraries) {
            const library_times* l = find(group, library);
            out << ' ' << (l ? duration(median(l->per_repetition)) : "—") << " |";
        }
        for (std::size_t i = 1; i < std::size(libraries); ++i) {
            const library_times* l = find(group, libraries[i]);
            out << ' ' << (l && raw ? format("%.2f", median_ratio(*l, *raw)) : "—") << " |";
        }
        out << ' ' << (spec ? verdict(*spec, group, groups) : "—") << " |\n";
    }
    for (const group_result& group : groups) {
        for (const library_times& l : group.libraries) {
            if (!l.error.empty())
                out << "\n" << l.source->name() << " failed: " << l.error << '\n';
        }
    }
}

}  // namespace bench
