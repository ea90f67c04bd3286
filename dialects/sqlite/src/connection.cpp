#include "quarry/sqlite/connection.hpp"

#include <string>
#include <utility>

#include "quarry/engine/error.hpp"
#include "quarry/sqlite/transaction.hpp"

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
        default:
            if ((code & 0xff) == SQLITE_CONSTRAINT) throw constraint_violation(dialect::name, code, {}, message, sql);
            throw database_error(dialect::name, code, {}, message, sql);
    }
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

void throw_read_error(sqlite3_stmt* stmt, int index, int storage_class, const char* expected) {
    const char* column = sqlite3_column_name(stmt, index);
    const std::string_view column_name = column ? column : "?";
    if (storage_class == SQLITE_NULL) {
        throw null_value_error("NULL read into a field that is not std::optional", column_name, sql_of(stmt));
    }
    throw type_mismatch_error(std::string("expected ") + expected + " but found " + storage_class_name(storage_class),
                              column_name, sql_of(stmt));
}

bool step(sqlite3_stmt* stmt) {
    const int code = sqlite3_step(stmt);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    throw_error(sqlite3_extended_errcode(sqlite3_db_handle(stmt)), sqlite3_errmsg(sqlite3_db_handle(stmt)),
                sql_of(stmt));
}

connection::connection(const std::string& path) {
    const int code = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
        sqlite3_close(db_);
        db_ = nullptr;
        throw connection_error(dialect::name, code, {}, message + " (opening '" + path + "')", {});
    }
    sqlite3_extended_result_codes(db_, 1);
    execute_internal("PRAGMA foreign_keys = ON");
}

connection::connection(connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      cache_(std::move(other.cache_)),
      hook_(std::move(other.hook_)),
      transaction_depth_(std::exchange(other.transaction_depth_, 0)) {}

connection& connection::operator=(connection&& other) noexcept {
    if (this != &other) {
        std::swap(db_, other.db_);
        std::swap(cache_, other.cache_);
        std::swap(hook_, other.hook_);
        std::swap(transaction_depth_, other.transaction_depth_);
    }
    return *this;
}

connection::~connection() {
    for (auto& entry : cache_) {
        if (entry) sqlite3_finalize(entry->stmt);
    }
    // _v2: a prepared statement that outlives its connection keeps the handle alive
    // until it is finalized, instead of making the close fail and leak.
    sqlite3_close_v2(db_);
}

void connection::execute_internal(const char* sql) {
    if (hook_) hook_(sql);
    char* message = nullptr;
    const int code = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        throw_error(sqlite3_extended_errcode(db_), text.c_str(), sql);
    }
}

sqlite3_stmt* connection::prepare_text(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                        &stmt, nullptr);
    if (code != SQLITE_OK) throw_error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), sql);
    return stmt;
}

statement_lease connection::prepare_cached(std::size_t slot, std::string_view sql) {
    if (slot >= cache_.size()) cache_.resize(slot + 1);
    if (!cache_[slot]) cache_[slot] = std::make_unique<cached_statement>();
    cached_statement& entry = *cache_[slot];
    // Still in use by a result being read (a nested loop over the same query): a
    // one-off statement serves this execution.
    if (entry.in_use) return statement_lease{prepare_text(sql), nullptr};
    entry.stmt = prepare_text(sql);
    entry.in_use = true;
    return statement_lease{entry.stmt, &entry};
}

execution_result connection::execute(sqlite3_stmt* stmt) {
    while (step(stmt)) {
    }
    return {sqlite3_changes64(db_), sqlite3_last_insert_rowid(db_)};
}

transaction connection::begin() { return transaction{*this}; }

transaction::transaction(connection& c) : connection_(&c), depth_(c.transaction_depth_) {
    if (depth_ == 0) {
        c.execute_internal("BEGIN");
    } else {
        c.execute_internal(("SAVEPOINT quarry_" + std::to_string(depth_)).c_str());
    }
    ++c.transaction_depth_;
}

transaction::transaction(transaction&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)), depth_(other.depth_) {}

transaction::~transaction() {
    if (connection_ == nullptr) return;
    try {
        rollback();
    } catch (...) {
        // A destructor must not throw; SQLite rolls back a failed transaction itself.
    }
}

void transaction::commit() { finish("COMMIT", "RELEASE quarry_"); }

void transaction::rollback() { finish("ROLLBACK", "ROLLBACK TO quarry_"); }

void transaction::finish(const char* outer_sql, const char* savepoint_sql) {
    if (connection_ == nullptr) throw usage_error("quarry: the transaction has already ended");
    connection& c = *std::exchange(connection_, nullptr);
    --c.transaction_depth_;
    if (depth_ == 0) {
        c.execute_internal(outer_sql);
        return;
    }
    const std::string name = std::to_string(depth_);
    c.execute_internal((savepoint_sql + name).c_str());
    if (std::string_view{savepoint_sql}.starts_with("ROLLBACK")) {
        c.execute_internal(("RELEASE quarry_" + name).c_str());
    }
}

}  // namespace quarry::sqlite
