#include "registry.hpp"

#include <exception>
#include <utility>

namespace bench {

namespace {
std::vector<variant>& registered() {
    static std::vector<variant> all;
    return all;
}
}  // namespace

bool add(variant v) {
    // A failed run (a server gone, a bad fixture) is reported as that run's error
    // rather than ending the whole suite.
    auto guarded = [body = v.body](benchmark::State& state) {
        try {
            body(state);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
        }
    };
    benchmark::internal::Benchmark* b = benchmark::RegisterBenchmark(v.name().c_str(), guarded);
    b->Unit(benchmark::kNanosecond);
    if (v.threads > 1) b->Threads(v.threads);
    if (v.measure == clock::wall) b->UseRealTime();
    registered().push_back(std::move(v));
    return true;
}

const std::vector<variant>& variants() { return registered(); }

}  // namespace bench
