// Point select by primary key, 3 columns, on SQLite in memory: the raw C API
// against the same query through Quarry, in one binary.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

QUARRY_TABLE(bench_users,
    (id,   std::int64_t,                primary_key, auto_increment),
    (name, std::string),
    (age,  std::optional<std::int32_t>));

namespace {
constexpr int row_count = 1000;

quarry::sqlite::connection make_database() {
    quarry::sqlite::connection db{":memory:"};
    db(quarry::create_table(bench_users));
    auto tx = db.begin();
    for (int i = 0; i < row_count; ++i) {
        db(quarry::insert_into(bench_users)
               .set(bench_users.name = "user " + std::to_string(i), bench_users.age = 20 + i % 50));
    }
    tx.commit();
    return db;
}

struct user_row {
    std::int64_t id;
    std::string name;
    std::optional<std::int32_t> age;
};

void raw_point_select(benchmark::State& state) {
    auto db = make_database();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v3(db.native_handle(), "SELECT id, name, age FROM bench_users WHERE id = ?", -1,
                       SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    std::int64_t key = 0;
    user_row row;
    for (auto _ : state) {
        sqlite3_bind_int64(stmt, 1, key++ % row_count + 1);
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            row.id = sqlite3_column_int64(stmt, 0);
            row.name.assign(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)),
                            static_cast<std::size_t>(sqlite3_column_bytes(stmt, 1)));
            if (sqlite3_column_type(stmt, 2) == SQLITE_NULL) row.age.reset();
            else row.age = sqlite3_column_int(stmt, 2);
        }
        sqlite3_reset(stmt);
        benchmark::DoNotOptimize(row);
    }
    sqlite3_finalize(stmt);
}
BENCHMARK(raw_point_select);

void quarry_point_select(benchmark::State& state) {
    using namespace quarry;
    auto db = make_database();
    std::int64_t key = 0;
    for (auto _ : state) {
        auto row = db(select(bench_users.id, bench_users.name, bench_users.age)
                          .from(bench_users)
                          .where(bench_users.id == key++ % row_count + 1))
                       .first();
        benchmark::DoNotOptimize(row);
    }
}
BENCHMARK(quarry_point_select);
}  // namespace

BENCHMARK_MAIN();
