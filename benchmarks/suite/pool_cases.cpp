// Acquiring a connection from a pool and giving it back, from 1, 2 and 8 threads at once,
// through each backend's engine with its default options (pool_size 8, pre_ping on).
// The baseline ("raw") is the least a pool can do: a stack of open connections behind a
// std::mutex. Times are wall time per acquire + release, over all threads together, so a
// lower time with more threads is more throughput.
#include <mutex>
#include <vector>

#include <quarry/engine/engine.hpp>
#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "backends.hpp"
#include "cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

constexpr int pool_size = 8;  // the engines' default

// The baseline: pool_size slots (standing for open connections) behind one mutex.
class mutex_stack {
public:
    mutex_stack() {
        for (int i = 0; i < pool_size; ++i) free_.push_back(i);
    }
    int acquire() {
        std::lock_guard lock(mutex_);
        const int slot = free_.back();
        free_.pop_back();
        return slot;
    }
    void release(int slot) {
        std::lock_guard lock(mutex_);
        free_.push_back(slot);
    }

private:
    std::mutex mutex_;
    std::vector<int> free_;
};

void run_mutex_stack(benchmark::State& state) {
    static mutex_stack pool;
    for (auto _ : state) {
        const int slot = pool.acquire();
        benchmark::DoNotOptimize(slot);
        pool.release(slot);
    }
}

template <class Driver>
void run_engine(benchmark::State& state, quarry::engine<Driver>& engine) {
    for (auto _ : state) {
        auto db = engine.connect();
        benchmark::DoNotOptimize(db);
    }
}

quarry::engine<quarry::sqlite::driver>& sqlite_engine() {
    static quarry::engine<quarry::sqlite::driver> engine{quarry::sqlite::open_options{shared_sqlite_file()}};
    return engine;
}

quarry::engine<quarry::mariadb::driver>& mariadb_engine() {
    static quarry::engine<quarry::mariadb::driver> engine{test_servers::mysql_socket()};
    return engine;
}

quarry::engine<quarry::postgresql::driver>& postgresql_engine() {
    static quarry::engine<quarry::postgresql::driver> engine{test_servers::postgresql_socket()};
    return engine;
}

bool add_pool_case(const case_spec& c, int threads, std::string_view backend_id, std::string_view library,
                   void (*body)(benchmark::State&)) {
    return add({.case_id = std::string(c.id),
                .backend_id = std::string(backend_id),
                .library = std::string(library),
                .body = body,
                .measure = clock::wall,
                .threads = threads});
}

template <auto& Engine>
bool register_on(std::string_view backend_id) {
    const std::pair<const case_spec*, int> thread_counts[] = {{&pool_1_thread, 1}, {&pool_2_threads, 2},
                                                              {&pool_8_threads, 8}};
    for (const auto& [spec, threads] : thread_counts) {
        add_pool_case(*spec, threads, backend_id, "raw", run_mutex_stack);
        add_pool_case(*spec, threads, backend_id, "quarry", [](benchmark::State& st) { run_engine(st, Engine()); });
    }
    return true;
}

const bool registered = register_on<sqlite_engine>("sqlite_file") && register_on<mariadb_engine>("mariadb") &&
                        register_on<postgresql_engine>("postgresql");

}  // namespace
}  // namespace bench
