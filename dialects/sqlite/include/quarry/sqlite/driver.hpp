#pragma once
// The SQLite driver: one sqlite3 connection, with prepared statements through
// sqlite3_prepare_v3 / bind / step. See quarry/engine/driver.hpp for the contract.
#include <sqlite3.h>

#include <array>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "quarry/engine/driver.hpp"
#include "quarry/sqlite/bind.hpp"
#include "quarry/sqlite/dialect.hpp"
#include "quarry/sqlite/open_options.hpp"
#include "quarry/sqlite/read.hpp"

// Both return a field of the connection and do nothing else. Declared pure, so that the
// compiler drops the calls when a statement's counts go unused (a single-row INSERT that
// ignores its result): two calls into the library cost it 1% over the C API.
extern "C" {
[[gnu::pure]] sqlite3_int64 sqlite3_changes64(sqlite3*);
[[gnu::pure]] sqlite3_int64 sqlite3_last_insert_rowid(sqlite3*);
}

namespace quarry::sqlite {

class statement {
public:
    explicit statement(sqlite3_stmt* handle) noexcept : handle_(handle) {}
    statement(statement&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
    statement& operator=(statement&& other) noexcept {
        std::swap(handle_, other.handle_);
        return *this;
    }
    ~statement() { sqlite3_finalize(handle_); }

    sqlite3_stmt* get() const noexcept { return handle_; }

private:
    sqlite3_stmt* handle_;
};

// Throws the database_error for the failed step of `stmt`.
[[noreturn]] void throw_step_error(sqlite3_stmt* stmt);

// Steps the statement; true when a row is ready. Inline, since it runs for every row:
// the call into SQLite is then the only one.
inline bool step(sqlite3_stmt* stmt) {
    const int code = sqlite3_step(stmt);
    if (code == SQLITE_ROW) [[likely]]
        return true;
    if (code != SQLITE_DONE) [[unlikely]]
        throw_step_error(stmt);
    return false;
}

class driver {
public:
    using dialect = sqlite::dialect;
    // The schemes of the URLs an engine opens with this driver.
    static constexpr std::array<std::string_view, 1> url_schemes{"sqlite"};
    using statement = sqlite::statement;
    using options = open_options;

    // Opens (creating if needed) a file, or ":memory:", and applies the options' pragmas.
    explicit driver(const open_options& options);
    driver(driver&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)),
          options_(std::move(other.options_)),
          deadline_(std::move(other.deadline_)) {}
    driver& operator=(driver&& other) noexcept {
        std::swap(db_, other.db_);
        std::swap(options_, other.options_);
        std::swap(deadline_, other.deadline_);
        return *this;
    }
    ~driver();

    statement prepare(std::string_view sql);

    template <class T>
    void bind(statement& s, int index, const T& value) {
        bind_value(s.get(), index, value);
    }
    // For a value that stays put until the statement is reset: text and blobs are not copied.
    template <class T>
    void bind_lasting(statement& s, int index, const T& value) {
        bind_value(s.get(), index, value, SQLITE_STATIC);
    }

    bool step(statement& s) {
        if (deadline_) [[unlikely]]
            start_timer();
        return sqlite::step(s.get());
    }

    template <class T>
    void read(statement& s, int index, T& out) {
        read_field(s.get(), index, out);
    }

    // Inline, like step(): for a single-row INSERT, a call into the library around the
    // step was a measurable part of Quarry's cost over the C API.
    execution_result finish(statement& s) {
        if (deadline_) [[unlikely]]
            start_timer();
        while (sqlite::step(s.get())) {
        }
        return {sqlite3_changes64(db_), sqlite3_last_insert_rowid(db_)};
    }

    void reset(statement& s) noexcept { sqlite3_reset(s.get()); }

    void execute(std::string_view sql);

    // For a connection pool. An open database file has no server to lose, so ping() only
    // checks that the handle is open, and a connection is never broken() while it is;
    // in_transaction() is SQLite's own view.
    void ping() const;
    bool in_transaction() const noexcept { return db_ != nullptr && sqlite3_get_autocommit(db_) == 0; }
    bool broken() const noexcept { return db_ == nullptr; }
    // Back to the session a fresh connection has. A file's connection is opened afresh,
    // which drops every pragma, temporary table and ATTACHed database. An in-memory
    // database lives only as long as its connection, so there only query_only, foreign_keys
    // and busy_timeout are set back; its temporary tables and ATTACHed databases stay.
    void reset_session();
    // Every connection to ":memory:" (or "", a temporary database) has a database of its
    // own, so a pool over one must hold a single connection.
    static bool database_per_connection(const open_options& options) noexcept {
        return options.path.empty() || options.path == ":memory:";
    }

    sqlite3* native_handle() const noexcept { return db_; }

private:
    void apply_session_options();
    // With a statement_timeout: the next step must end by now + the timeout.
    void start_timer() noexcept;

    sqlite3* db_ = nullptr;
    open_options options_;
    // Where the progress handler looks, on the heap so that it stays put when the driver
    // moves. Null without a statement_timeout.
    std::unique_ptr<std::chrono::steady_clock::time_point> deadline_;
};

}  // namespace quarry::sqlite
