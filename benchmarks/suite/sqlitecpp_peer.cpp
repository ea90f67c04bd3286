// SQLiteCpp, a peer on SQLite, written as its documentation shows: Statement objects
// prepared once, bind / executeStep / getColumn, a Transaction guard.
#include <SQLiteCpp/SQLiteCpp.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "backends.hpp"
#include "cases.hpp"

namespace bench {
namespace {

SQLite::Database open(const std::string& path, bool create_tables) {
    SQLite::Database db{path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
    if (create_tables) {
        for (const std::string& sql : fixture_script(dialect_id::sqlite)) db.exec(sql);
    }
    return db;
}

// One connection and the statements of the cases, prepared once.
struct sqlitecpp_session {
    sqlitecpp_session(const std::string& path, bool create_tables)
        : db(open(path, create_tables)),
          point_select(db, point_select_sql(placeholder_style::question_mark)),
          insert(db, insert_sql(placeholder_style::question_mark)),
          scan(db, scan_sql()) {}

    SQLite::Database db;
    SQLite::Statement point_select;
    SQLite::Statement insert;
    SQLite::Statement scan;
};

sqlitecpp_session& in_memory() {
    static sqlitecpp_session session{":memory:", true};
    return session;
}

sqlitecpp_session& on_file() {
    static sqlitecpp_session session{shared_sqlite_file(), false};
    return session;
}

void run_point_select(benchmark::State& state, sqlitecpp_session& s) {
    std::int64_t i = 0;
    user row;
    for (auto _ : state) {
        s.point_select.bind(1, user_key(i++));
        if (!s.point_select.executeStep()) throw std::runtime_error("point select found no row");
        row.id = s.point_select.getColumn(0).getInt64();
        row.name = s.point_select.getColumn(1).getString();
        if (s.point_select.isColumnNull(2)) row.age.reset();
        else row.age = s.point_select.getColumn(2).getInt();
        s.point_select.reset();
        benchmark::DoNotOptimize(row);
    }
}

void run_insert_rows(benchmark::State& state, sqlitecpp_session& s) {
    const std::vector<item>& rows = items_to_insert();
    for (auto _ : state) {
        state.PauseTiming();
        s.db.exec(empty_inserted_sql(dialect_id::sqlite));
        state.ResumeTiming();
        SQLite::Transaction transaction{s.db};
        for (const item& row : rows) {
            s.insert.bind(1, row.name);
            s.insert.bind(2, row.quantity);
            s.insert.bind(3, row.price);
            if (row.note) s.insert.bind(4, *row.note);
            else s.insert.bind(4);
            s.insert.exec();
            s.insert.reset();
        }
        transaction.commit();
    }
}

void run_scan(benchmark::State& state, sqlitecpp_session& s) {
    for (auto _ : state) {
        std::vector<item> rows;
        while (s.scan.executeStep()) {
            item& row = rows.emplace_back();
            row.id = s.scan.getColumn(0).getInt64();
            row.name = s.scan.getColumn(1).getString();
            row.quantity = s.scan.getColumn(2).getInt();
            row.price = s.scan.getColumn(3).getDouble();
            if (!s.scan.isColumnNull(4)) row.note = s.scan.getColumn(4).getString();
        }
        s.scan.reset();
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

template <sqlitecpp_session& (*Session)()>
bool register_on(std::string_view backend_id) {
    return add_case(point_select, backend_id, "sqlitecpp", [](benchmark::State& st) { run_point_select(st, Session()); }) &&
           add_case(insert_rows, backend_id, "sqlitecpp", [](benchmark::State& st) { run_insert_rows(st, Session()); }) &&
           add_case(scan_structs, backend_id, "sqlitecpp", [](benchmark::State& st) { run_scan(st, Session()); });
}

const bool registered = register_on<in_memory>("sqlite_memory") && register_on<on_file>("sqlite_file");

}  // namespace
}  // namespace bench
