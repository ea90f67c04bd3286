#include "quarry/sqlite/driver.hpp"

#include <charconv>
#include <limits>
#include <string>
#include <utility>

#include "quarry/engine/error.hpp"

namespace quarry::sqlite {

namespace {
// Maps an extended result code to the exception the user can catch.
[[noreturn]] void throw_error(int code, const char* message, std::string_view sql) {
    switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            throw unique_violation(dialect::name, code, {}, message, sql);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            throw foreign_key_violation(dialect::name, code, {}, message, sql);
        case SQLITE_CONSTRAINT_NOTNULL:
            throw not_null_violation(dialect::name, code, {}, message, sql);
        case SQLITE_CONSTRAINT_CHECK:
            throw check_violation(dialect::name, code, {}, message, sql);
        // In WAL mode, a read transaction that tries to write after another connection
        // committed: its snapshot is stale, so it can only start over.
        case SQLITE_BUSY_SNAPSHOT:
            throw serialization_failure(dialect::name, code, {}, message, sql);
        default: break;
    }
    switch (code & 0xff) {
        case SQLITE_CONSTRAINT: throw constraint_violation(dialect::name, code, {}, message, sql);
        // "database is locked": another connection held the lock past busy_timeout.
        case SQLITE_BUSY:
        case SQLITE_LOCKED: throw transaction_conflict(dialect::name, code, {}, message, sql);
        // sqlite3_interrupt, which the driver's statement timeout calls.
        case SQLITE_INTERRUPT: throw timeout_error(dialect::name, code, {}, message, sql);
        // SQLITE_ERROR is what preparing reports for unknown tables and columns, and for syntax.
        case SQLITE_ERROR:
            if (std::string_view{message}.find("syntax error") != std::string_view::npos)
                throw syntax_error(dialect::name, code, {}, message, sql);
            throw programming_error(dialect::name, code, {}, message, sql);
        case SQLITE_RANGE:
        case SQLITE_MISMATCH: throw programming_error(dialect::name, code, {}, message, sql);
        // The disk, or the file size PRAGMA max_page_count allows, is full.
        case SQLITE_FULL: throw storage_full(dialect::name, code, {}, message, sql);
        case SQLITE_READONLY:
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN: throw storage_error(dialect::name, code, {}, message, sql);
        // A string or blob over SQLITE_MAX_LENGTH.
        case SQLITE_TOOBIG: throw value_out_of_range(dialect::name, code, {}, message, sql);
        default: throw database_error(dialect::name, code, {}, message, sql);
    }
}

std::string_view journal_mode_sql(journal_mode mode) {
    switch (mode) {
        case journal_mode::wal: return "WAL";
        case journal_mode::delete_file: return "DELETE";
        case journal_mode::truncate: return "TRUNCATE";
        case journal_mode::persist: return "PERSIST";
        case journal_mode::memory: return "MEMORY";
        case journal_mode::keep_file: break;
    }
    return {};
}

std::string_view sql_of(sqlite3_stmt* stmt) {
    const char* sql = sqlite3_sql(stmt);
    return sql ? std::string_view{sql} : std::string_view{};
}

const char* storage_class_name(int storage_class) {
    switch (storage_class) {
        case SQLITE_INTEGER: return "an integer";
        case SQLITE_FLOAT: return "a real";
        case SQLITE_TEXT: return "text";
        case SQLITE_BLOB: return "a blob";
        default: return "NULL";
    }
}
}  // namespace

void throw_bind_error(sqlite3_stmt* stmt, int code) {
    throw_error(code, sqlite3_errstr(code), sql_of(stmt));
}

void bind_value(sqlite3_stmt* stmt, int index, std::uint64_t value) {
    if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        const char* name = sqlite3_bind_parameter_name(stmt, index);
        throw type_mismatch_error("an unsigned value above 2^63-1 does not fit SQLite's integers",
                                  name ? name : "parameter " + std::to_string(index), sql_of(stmt));
    }
    check_bind(stmt, sqlite3_bind_int64(stmt, index, static_cast<std::int64_t>(value)));
}

void read_value(sqlite3_stmt* stmt, int index, sqlite3_value* value, int storage_class, decimal& out) {
    if (storage_class == SQLITE_INTEGER) {
        out = decimal(std::to_string(sqlite3_value_int64(value)));
    } else if (storage_class == SQLITE_FLOAT) {
        char digits[400];
        const auto end =
            std::to_chars(digits, digits + sizeof digits, sqlite3_value_double(value), std::chars_format::fixed).ptr;
        out = decimal(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    } else if (storage_class == SQLITE_TEXT) {
        const std::string_view text{reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                    static_cast<std::size_t>(sqlite3_value_bytes(value))};
        if (!decimal::well_formed(text)) throw_read_error(stmt, index, storage_class, "a decimal number");
        out = decimal(text);
    } else {
        throw_read_error(stmt, index, storage_class, "a decimal number");
    }
}

void throw_read_error(sqlite3_stmt* stmt, int index, int storage_class, const char* expected) {
    const char* column = sqlite3_column_name(stmt, index);
    const std::string_view column_name = column ? column : "?";
    if (storage_class == SQLITE_NULL) {
        throw null_value_error("NULL read into a field that is not std::optional", column_name, sql_of(stmt));
    }
    throw type_mismatch_error(std::string("expected ") + expected + " but found " + storage_class_name(storage_class),
                              column_name, sql_of(stmt));
}

void throw_step_error(sqlite3_stmt* stmt) {
    throw_error(sqlite3_extended_errcode(sqlite3_db_handle(stmt)), sqlite3_errmsg(sqlite3_db_handle(stmt)),
                sql_of(stmt));
}

driver::driver(const open_options& options) : options_(options) {
    const int code = sqlite3_open_v2(options.path.c_str(), &db_,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
        sqlite3_close(db_);
        db_ = nullptr;
        throw connection_error(dialect::name, code, {}, message + " (opening '" + options.path + "')", {});
    }
    sqlite3_extended_result_codes(db_, 1);
    if (options.statement_timeout.count() > 0) {
        deadline_ = std::make_unique<std::chrono::steady_clock::time_point>();
        // Called every 1000 virtual machine instructions; non-zero interrupts the statement.
        sqlite3_progress_handler(
            db_, 1000,
            [](void* deadline) -> int {
                return std::chrono::steady_clock::now() > *static_cast<std::chrono::steady_clock::time_point*>(deadline);
            },
            deadline_.get());
    }
    try {
        apply_session_options();
        // The first statement that reads the file: a file that is not a database fails here.
        if (const std::string_view mode = journal_mode_sql(options.journal); !mode.empty()) {
            execute(std::string("PRAGMA journal_mode = ").append(mode));
        }
    } catch (const database_error& e) {
        const std::string message = sqlite3_errmsg(db_);
        sqlite3_close(db_);
        db_ = nullptr;
        throw connection_error(dialect::name, e.native_code(), {}, message + " (opening '" + options.path + "')", {});
    }
}

void driver::start_timer() noexcept { *deadline_ = std::chrono::steady_clock::now() + options_.statement_timeout; }

void driver::apply_session_options() {
    sqlite3_busy_timeout(db_, static_cast<int>(options_.busy_timeout.count()));
    execute(options_.foreign_keys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
}

void driver::ping() const {
    if (db_ == nullptr) throw connection_lost(dialect::name, SQLITE_MISUSE, {}, "the connection is closed", {});
}

void driver::reset_session() {
    if (database_per_connection(options_)) {
        execute("PRAGMA query_only = OFF");
        apply_session_options();
    } else {
        *this = driver(options_);  // the old handle closes with the temporary
    }
}

driver::~driver() {
    // _v2: a prepared statement that outlives its connection keeps the handle alive
    // until it is finalized, instead of making the close fail and leak.
    sqlite3_close_v2(db_);
}

void driver::execute(std::string_view sql) {
    if (deadline_) start_timer();
    const std::string text(sql);
    char* message = nullptr;
    const int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        std::string reason = message ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        throw_error(sqlite3_extended_errcode(db_), reason.c_str(), sql);
    }
}

statement driver::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                        &stmt, nullptr);
    if (code != SQLITE_OK) throw_error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), sql);
    return statement{stmt};
}

}  // namespace quarry::sqlite
