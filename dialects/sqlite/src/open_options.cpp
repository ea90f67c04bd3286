#include "quarry/sqlite/open_options.hpp"

#include "quarry/engine/url.hpp"

namespace quarry::sqlite {

namespace {
journal_mode parse_journal_mode(const std::string& text) {
    if (text == "wal") return journal_mode::wal;
    if (text == "delete") return journal_mode::delete_file;
    if (text == "truncate") return journal_mode::truncate;
    if (text == "persist") return journal_mode::persist;
    if (text == "memory") return journal_mode::memory;
    if (text == "keep") return journal_mode::keep_file;
    throw url_error("quarry: the URL option journal_mode='" + text +
                    "' is not one of wal, delete, truncate, persist, memory or keep");
}
}  // namespace

open_options open_options::from_url(const url& u, url_options& options) {
    if (u.database.empty()) throw url_error("quarry: an SQLite URL names a file, as sqlite:///app.db");
    open_options result{u.database};
    if (auto mode = options.text("journal_mode")) result.journal = parse_journal_mode(*mode);
    if (auto timeout = options.duration("busy_timeout")) result.busy_timeout = *timeout;
    if (auto enforce = options.flag("foreign_keys")) result.foreign_keys = *enforce;
    if (auto timeout = options.duration("statement_timeout")) result.statement_timeout = *timeout;
    return result;
}

}  // namespace quarry::sqlite
