#pragma once
// How an SQLite database is opened. Converts from a path, so both of these work:
//   quarry::sqlite::connection db{"app.db"};
//   quarry::sqlite::open_options o{"app.db"};  o.busy_timeout = 2s;  quarry::sqlite::connection db{o};
// From a URL (see engine.hpp): sqlite:///app.db?journal_mode=wal&busy_timeout=5s&foreign_keys=on
#include <chrono>
#include <string>
#include <string_view>
#include <utility>

namespace quarry {
struct url;
class url_options;
}  // namespace quarry

namespace quarry::sqlite {

// PRAGMA journal_mode. WAL lets readers and one writer work at once, each reader on the
// snapshot it began with; keep_file leaves whatever mode the file already has.
enum class journal_mode { keep_file, wal, delete_file, truncate, persist, memory };

struct open_options {
    open_options(std::string database_path = ":memory:") : path(std::move(database_path)) {}
    open_options(const char* database_path) : path(database_path) {}

    // A file, created if missing, or ":memory:" for a private in-memory database.
    std::string path;
    journal_mode journal = journal_mode::wal;
    // How long a statement waits for another connection's lock before failing with
    // transaction_conflict ("database is locked").
    std::chrono::milliseconds busy_timeout{5'000};
    bool foreign_keys = true;
    // Interrupts a statement, with timeout_error, when one step of it (executing it, or
    // fetching its next row) runs longer. Zero: never.
    std::chrono::milliseconds statement_timeout{0};

    // Reads the path and the options journal_mode, busy_timeout, foreign_keys and
    // statement_timeout.
    static open_options from_url(const url& u, url_options& options);
};

}  // namespace quarry::sqlite
