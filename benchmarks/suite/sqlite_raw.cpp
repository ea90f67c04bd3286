// The raw baseline on SQLite: the C API as a careful programmer writes it. Statements
// are prepared once per connection (SQLITE_PREPARE_PERSISTENT, like Quarry's), text is
// bound SQLITE_STATIC (the caller's buffer outlives the step), and columns are read
// straight into the structs.
#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "backends.hpp"
#include "cases.hpp"

namespace bench {
namespace {

void check(sqlite3* db, int code) {
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
}

void exec(sqlite3* db, const std::string& sql) { check(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr)); }

// One connection and every case's statement, prepared once.
class raw_sqlite {
public:
    // Opened as Quarry opens it: no mutex (one thread at a time), WAL, the same pragmas.
    // A database of its own (in memory) gets the tables first.
    raw_sqlite(const std::string& path, bool create_tables) {
        check(db_, sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr));
        sqlite3_busy_timeout(db_, 5000);
        exec(db_, "PRAGMA foreign_keys = ON");
        exec(db_, "PRAGMA journal_mode = WAL");
        if (create_tables) {
            for (const std::string& sql : fixture_script(dialect_id::sqlite)) exec(db_, sql);
        }
        point_select = prepare(point_select_sql(placeholder_style::question_mark));
        insert = prepare(insert_sql(placeholder_style::question_mark));
        multi_row_insert = prepare(multi_row_insert_sql(placeholder_style::question_mark, batch_rows));
        scan = prepare(scan_sql());
        join = prepare(join_sql(placeholder_style::question_mark));
    }
    raw_sqlite(const raw_sqlite&) = delete;
    raw_sqlite& operator=(const raw_sqlite&) = delete;
    ~raw_sqlite() {
        for (sqlite3_stmt* s : {point_select, insert, multi_row_insert, scan, join}) sqlite3_finalize(s);
        sqlite3_close(db_);
    }

    sqlite3* handle() const { return db_; }

    sqlite3_stmt* point_select = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* multi_row_insert = nullptr;
    sqlite3_stmt* scan = nullptr;
    sqlite3_stmt* join = nullptr;

private:
    sqlite3_stmt* prepare(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        check(db_, sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                      nullptr));
        return stmt;
    }

    sqlite3* db_ = nullptr;
};

raw_sqlite& in_memory() {
    static raw_sqlite session{":memory:", true};
    return session;
}

raw_sqlite& on_file() {
    static raw_sqlite session{shared_sqlite_file(), false};
    return session;
}

std::string_view text_of(sqlite3_stmt* stmt, int column) {
    return {reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt, column))};
}

void run_point_select(benchmark::State& state, raw_sqlite& s) {
    sqlite3_stmt* stmt = s.point_select;
    std::int64_t i = 0;
    user row;
    for (auto _ : state) {
        sqlite3_bind_int64(stmt, 1, user_key(i++));
        if (sqlite3_step(stmt) != SQLITE_ROW) throw std::runtime_error("point select found no row");
        row.id = sqlite3_column_int64(stmt, 0);
        row.name = text_of(stmt, 1);
        if (sqlite3_column_type(stmt, 2) == SQLITE_NULL) row.age.reset();
        else row.age = sqlite3_column_int(stmt, 2);
        sqlite3_reset(stmt);
        benchmark::DoNotOptimize(row);
    }
}

void bind_item(sqlite3_stmt* stmt, int first, const item& row) {
    sqlite3_bind_text(stmt, first, row.name.data(), static_cast<int>(row.name.size()), SQLITE_STATIC);
    sqlite3_bind_int(stmt, first + 1, row.quantity);
    sqlite3_bind_double(stmt, first + 2, row.price);
    if (row.note) sqlite3_bind_text(stmt, first + 3, row.note->data(), static_cast<int>(row.note->size()), SQLITE_STATIC);
    else sqlite3_bind_null(stmt, first + 3);
}

// Runs `write` in a transaction on an empty bench_inserted, timing only the transaction.
template <class Write>
void timed_transaction(benchmark::State& state, raw_sqlite& s, Write write) {
    for (auto _ : state) {
        state.PauseTiming();
        exec(s.handle(), empty_inserted_sql(dialect_id::sqlite));
        state.ResumeTiming();
        exec(s.handle(), "BEGIN");
        write();
        exec(s.handle(), "COMMIT");
    }
}

void run_insert_rows(benchmark::State& state, raw_sqlite& s) {
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, s, [&] {
        for (const item& row : rows) {
            bind_item(s.insert, 1, row);
            check(s.handle(), sqlite3_step(s.insert));
            sqlite3_reset(s.insert);
        }
    });
}

void run_multi_row_insert(benchmark::State& state, raw_sqlite& s) {
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, s, [&] {
        for (std::size_t start = 0; start < rows.size(); start += batch_rows) {
            for (int k = 0; k < batch_rows; ++k) bind_item(s.multi_row_insert, 4 * k + 1, rows[start + static_cast<std::size_t>(k)]);
            check(s.handle(), sqlite3_step(s.multi_row_insert));
            sqlite3_reset(s.multi_row_insert);
        }
    });
}

void run_scan(benchmark::State& state, raw_sqlite& s) {
    sqlite3_stmt* stmt = s.scan;
    for (auto _ : state) {
        std::vector<item> rows;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            item& row = rows.emplace_back();
            row.id = sqlite3_column_int64(stmt, 0);
            row.name = text_of(stmt, 1);
            row.quantity = sqlite3_column_int(stmt, 2);
            row.price = sqlite3_column_double(stmt, 3);
            if (sqlite3_column_type(stmt, 4) != SQLITE_NULL) row.note = text_of(stmt, 4);
        }
        sqlite3_reset(stmt);
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

void run_join(benchmark::State& state, raw_sqlite& s) {
    sqlite3_stmt* stmt = s.join;
    for (auto _ : state) {
        std::vector<country_total> totals;
        sqlite3_bind_double(stmt, 1, join_min_amount);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            country_total& total = totals.emplace_back();
            total.country = text_of(stmt, 0);
            total.orders = sqlite3_column_int64(stmt, 1);
            if (sqlite3_column_type(stmt, 2) != SQLITE_NULL) total.amount = sqlite3_column_double(stmt, 2);
        }
        sqlite3_reset(stmt);
        benchmark::DoNotOptimize(totals.data());
    }
}

template <raw_sqlite& (*Session)()>
bool register_on(std::string_view backend_id) {
    add_case(point_select, backend_id, "raw", [](benchmark::State& st) { run_point_select(st, Session()); });
    add_case(insert_rows, backend_id, "raw", [](benchmark::State& st) { run_insert_rows(st, Session()); });
    add_case(multi_row_insert, backend_id, "raw", [](benchmark::State& st) { run_multi_row_insert(st, Session()); });
    add_case(scan_structs, backend_id, "raw", [](benchmark::State& st) { run_scan(st, Session()); });
    add_case(scan_mapped, backend_id, "raw", [](benchmark::State& st) { run_scan(st, Session()); });
    add_case(join_group_order, backend_id, "raw", [](benchmark::State& st) { run_join(st, Session()); });
    return true;
}

const bool registered = register_on<in_memory>("sqlite_memory") && register_on<on_file>("sqlite_file");

}  // namespace
}  // namespace bench
