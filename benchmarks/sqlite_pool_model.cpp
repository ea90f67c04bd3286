// How a pool should share an SQLite file between threads, measured: point selects from
// 1, 2 and 4 threads through
//   raw_connection_per_thread   the C API, one connection per thread (the ideal)
//   pool_of_4_wal               a connection_pool of 4 over the file in WAL mode: readers
//                               in parallel, each on its own connection (Quarry's model)
//   pool_of_1                   a connection_pool of 1: every thread takes turns on one
//                               connection, as a single connection behind a mutex would
// and the same two pools while a writer thread commits an insert every 100 µs. Compare
// items_per_second: selects per second from all the threads together.
//   build-release/benchmarks/sqlite_pool_model --benchmark_min_time=0.5
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <quarry/engine/pool.hpp>
#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

QUARRY_TABLE(model_users,
    (id,   std::int64_t,                primary_key, auto_increment),
    (name, std::string),
    (age,  std::optional<std::int32_t>));

namespace {
constexpr int row_count = 1000;

const std::string& database_path() {
    static const std::string path = [] {
        const auto file = std::filesystem::temp_directory_path() / "quarry_sqlite_pool_model.db";
        std::filesystem::remove(file);
        quarry::sqlite::connection db{file.string()};
        db(quarry::create_table(model_users));
        auto tx = db.begin();
        for (int i = 0; i < row_count; ++i)
            db(quarry::insert_into(model_users).set(model_users.name = "user " + std::to_string(i), model_users.age = i));
        tx.commit();
        return file.string();
    }();
    return path;
}

auto by_id(std::int64_t id) {
    using namespace quarry;
    return select(model_users.id, model_users.name, model_users.age).from(model_users).where(model_users.id == id);
}

void raw_connection_per_thread(benchmark::State& state) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(database_path().c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v3(db, "SELECT id, name, age FROM model_users WHERE id = ?", -1, SQLITE_PREPARE_PERSISTENT, &stmt,
                       nullptr);
    std::int64_t key = state.thread_index();
    for (auto _ : state) {
        sqlite3_bind_int64(stmt, 1, key++ % row_count + 1);
        if (sqlite3_step(stmt) == SQLITE_ROW) benchmark::DoNotOptimize(sqlite3_column_text(stmt, 1));
        sqlite3_reset(stmt);
    }
    state.SetItemsProcessed(state.iterations());
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

// One pool per size, shared by the benchmark's threads, with an optional writer.
template <std::size_t Size>
quarry::connection_pool<quarry::sqlite::driver>& pool() {
    static quarry::connection_pool<quarry::sqlite::driver> shared{database_path(), {.max_size = Size}};
    return shared;
}

class background_writer {
public:
    background_writer() : thread_([this] { run(); }) {}
    ~background_writer() {
        stop_ = true;
        thread_.join();
    }

private:
    void run() {
        quarry::sqlite::connection db{database_path()};
        while (!stop_) {
            db(quarry::insert_into(model_users).set(model_users.name = "written", model_users.age = std::nullopt));
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    }
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

template <std::size_t Size, bool WithWriter>
void pooled_point_select(benchmark::State& state) {
    static std::unique_ptr<background_writer> writer;
    if (WithWriter && state.thread_index() == 0) writer = std::make_unique<background_writer>();
    auto& shared = pool<Size>();
    std::int64_t key = state.thread_index();
    for (auto _ : state) {
        auto db = shared.acquire();
        benchmark::DoNotOptimize(db(by_id(key++ % row_count + 1)).first());
    }
    state.SetItemsProcessed(state.iterations());
    if (WithWriter && state.thread_index() == 0) writer.reset();
}
}  // namespace

BENCHMARK(raw_connection_per_thread)->ThreadRange(1, 4)->UseRealTime();
BENCHMARK(pooled_point_select<4, false>)->Name("pool_of_4_wal")->ThreadRange(1, 4)->UseRealTime();
BENCHMARK(pooled_point_select<1, false>)->Name("pool_of_1")->ThreadRange(1, 4)->UseRealTime();
BENCHMARK(pooled_point_select<4, true>)->Name("pool_of_4_wal_with_writer")->ThreadRange(1, 4)->UseRealTime();
BENCHMARK(pooled_point_select<1, true>)->Name("pool_of_1_with_writer")->ThreadRange(1, 4)->UseRealTime();

BENCHMARK_MAIN();
