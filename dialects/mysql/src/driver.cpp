#include "quarry/mysql/driver.hpp"

#include <string>

#include "quarry/engine/error.hpp"

namespace quarry::mysql {

namespace {
// Replaces the value the server quotes between `opening` and the last `closing`:
// "Duplicate entry 'x' for key 'name'" becomes "Duplicate entry '?' for key 'name'".
// The server does not escape quotes inside the value, hence the last `closing`.
void redact_between(std::string& message, std::string_view opening, std::string_view closing) {
    const auto start = message.find(opening);
    if (start == std::string::npos) return;
    const auto value = start + opening.size();
    const auto end = message.rfind(closing);
    if (end == std::string::npos || end < value) return;
    message.replace(value, end - value, "?");
}

// MySQL quotes the offending value in some messages; Quarry's errors never carry
// bound values, which may be secrets.
std::string without_values(std::string_view server_message) {
    std::string message(server_message);
    redact_between(message, "Duplicate entry '", "' for key '");
    redact_between(message, " value: '", "' for column ");
    return message;
}
}  // namespace

namespace {
// Run at connect and after a session reset: timestamps are UTC, as on the other backends.
constexpr const char* session_setup = "SET time_zone = '+00:00'";
}  // namespace

void throw_database_error(unsigned code, std::string_view sqlstate, std::string_view server_message,
                          std::string_view sql) {
    const int native = static_cast<int>(code);
    const std::string message = without_values(server_message);
    switch (code) {
        case 1062:  // ER_DUP_ENTRY
        case 1586:  // ER_DUP_ENTRY_WITH_KEY_NAME
            throw unique_violation(dialect::name, native, sqlstate, message, sql);
        case 1216:  // ER_NO_REFERENCED_ROW
        case 1217:  // ER_ROW_IS_REFERENCED
        case 1451:  // ER_ROW_IS_REFERENCED_2
        case 1452:  // ER_NO_REFERENCED_ROW_2
            throw foreign_key_violation(dialect::name, native, sqlstate, message, sql);
        case 1048:  // ER_BAD_NULL_ERROR
        case 1364:  // ER_NO_DEFAULT_FOR_FIELD: a NOT NULL column left out, in strict mode
            throw not_null_violation(dialect::name, native, sqlstate, message, sql);
        case 3819:  // MySQL's ER_CHECK_CONSTRAINT_VIOLATED
        case 4025:  // MariaDB's ER_CONSTRAINT_FAILED
            throw check_violation(dialect::name, native, sqlstate, message, sql);
        case 1053:  // ER_SERVER_SHUTDOWN
        case 1153:  // ER_NET_PACKET_TOO_LARGE: over max_allowed_packet, and the server hangs up
        case 1927:  // ER_CONNECTION_KILLED (MariaDB)
        case 2006:  // CR_SERVER_GONE_ERROR
        case 2013:  // CR_SERVER_LOST
        case 2055:  // CR_SERVER_LOST_EXTENDED
        case 4031:  // ER_CLIENT_INTERACTION_TIMEOUT (MySQL)
            throw connection_lost(dialect::name, native, sqlstate, message, sql);
        case 1213:  // ER_LOCK_DEADLOCK: InnoDB rolled the transaction back
            throw deadlock(dialect::name, native, sqlstate, message, sql);
        case 1205:  // ER_LOCK_WAIT_TIMEOUT (innodb_lock_wait_timeout)
        case 1969:  // ER_STATEMENT_TIMEOUT (MariaDB's max_statement_time)
        case 3024:  // ER_QUERY_TIMEOUT (MySQL's max_execution_time)
            throw timeout_error(dialect::name, native, sqlstate, message, sql);
        case 1264:  // ER_WARN_DATA_OUT_OF_RANGE, an error in strict mode
        case 1406:  // ER_DATA_TOO_LONG, an error in strict mode
        case 1690:  // ER_DATA_OUT_OF_RANGE, in arithmetic
            throw value_out_of_range(dialect::name, native, sqlstate, message, sql);
        case 1366:  // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: not valid in the column's character set
            throw value_rejected(dialect::name, native, sqlstate, message, sql);
        case 1064:  // ER_PARSE_ERROR
        case 1149:  // ER_SYNTAX_ERROR
            throw syntax_error(dialect::name, native, sqlstate, message, sql);
        default:
            // SQLSTATE class 42: unknown tables or columns, ambiguous names, access rules.
            if (sqlstate.starts_with("42")) throw programming_error(dialect::name, native, sqlstate, message, sql);
            if (sqlstate.starts_with("22")) throw value_rejected(dialect::name, native, sqlstate, message, sql);
            throw database_error(dialect::name, native, sqlstate, message, sql);
    }
}

driver::driver(const connect_options& options) : db_(mysql_init(nullptr)) {
    if (db_ == nullptr) throw connection_error(dialect::name, 2008, {}, "out of memory (mysql_init)", {});
    stream_ = std::make_shared<connection_stream>(db_);
    mysql_options(db_, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    session_setup_ = session_setup;
    if (options.statement_timeout.count() > 0) {
        const double seconds = static_cast<double>(options.statement_timeout.count()) / 1000;
        session_setup_.append(", max_statement_time = ").append(std::to_string(seconds));
    }
    mysql_options(db_, MYSQL_INIT_COMMAND, session_setup_.c_str());
    if (options.connect_timeout.count() > 0) {
        const unsigned seconds = static_cast<unsigned>((options.connect_timeout.count() + 999) / 1000);
        mysql_options(db_, MYSQL_OPT_CONNECT_TIMEOUT, &seconds);
    }
    const bool over_socket = !options.unix_socket.empty();
    // A null host means localhost, the only host that goes through the socket.
    const MYSQL* connected = mysql_real_connect(
        db_, over_socket ? nullptr : options.host.c_str(), options.user.c_str(), options.password.c_str(),
        options.database.empty() ? nullptr : options.database.c_str(), over_socket ? 0 : options.port,
        over_socket ? options.unix_socket.c_str() : nullptr, CLIENT_FOUND_ROWS);
    if (connected == nullptr) {
        const std::string where =
            over_socket ? "socket " + options.unix_socket : options.host + ":" + std::to_string(options.port);
        // The server's message names the user and whether a password was used, never the password.
        const std::string message =
            std::string(mysql_error(db_)) + " (connecting to " + where + " as user '" + options.user + "')";
        const unsigned code = mysql_errno(db_);
        const std::string sqlstate = mysql_sqlstate(db_);
        mysql_close(db_);
        db_ = nullptr;
        throw connection_error(dialect::name, static_cast<int>(code), sqlstate, message, {});
    }
}

driver::~driver() {
    // Statements still open are detached by the client library and free themselves later.
    if (stream_) stream_->close();
    if (db_ != nullptr) mysql_close(db_);
}

statement driver::prepare(std::string_view sql) {
    stream_->claim(nullptr);
    MYSQL_STMT* handle = mysql_stmt_init(db_);
    if (handle == nullptr) throw_database_error(mysql_errno(db_), mysql_sqlstate(db_), mysql_error(db_), sql);
    if (mysql_stmt_prepare(handle, sql.data(), static_cast<unsigned long>(sql.size())) != 0) {
        const unsigned code = mysql_stmt_errno(handle);
        const std::string sqlstate = mysql_stmt_sqlstate(handle);
        const std::string message = mysql_stmt_error(handle);
        mysql_stmt_close(handle);
        throw_database_error(code, sqlstate, message, sql);
    }
    return statement{handle, sql, stream_};
}

void driver::execute(std::string_view sql) {
    stream_->claim(nullptr);
    if (mysql_real_query(db_, sql.data(), static_cast<unsigned long>(sql.size())) != 0) {
        throw_database_error(mysql_errno(db_), mysql_sqlstate(db_), mysql_error(db_), sql);
    }
    // Quarry's own SQL (BEGIN, SAVEPOINT...) returns no rows; drop any, to keep the connection in sync.
    // A statement that fails while its rows are sent (interrupted by max_statement_time)
    // reports it here.
    if (MYSQL_RES* rows = mysql_store_result(db_)) {
        mysql_free_result(rows);
    } else if (mysql_errno(db_) != 0) {
        throw_database_error(mysql_errno(db_), mysql_sqlstate(db_), mysql_error(db_), sql);
    }
}

void driver::ping() {
    stream_->claim(nullptr);
    if (mysql_ping(db_) != 0) {
        throw connection_lost(dialect::name, static_cast<int>(mysql_errno(db_)), mysql_sqlstate(db_),
                               mysql_error(db_), {});
    }
}

void driver::reset_session() {
    stream_->claim(nullptr);
    // COM_RESET_CONNECTION: user variables, temporary tables, session variables and the
    // server's prepared statements go; the login and the character set stay.
    if (mysql_reset_connection(db_) != 0) {
        throw connection_lost(dialect::name, static_cast<int>(mysql_errno(db_)), mysql_sqlstate(db_),
                              mysql_error(db_), {});
    }
    execute(session_setup_);
}

bool driver::broken() const noexcept {
    // The client library closes its socket when it sees the connection die.
    return db_ == nullptr || mysql_get_socket(db_) == MARIADB_INVALID_SOCKET;
}

bool driver::in_transaction() const noexcept {
    if (db_ == nullptr) return false;
    // After a lost connection the flags are stale: count it as in a transaction, so that
    // the pool's rollback finds out (and the connection is closed, not lent again).
    if (broken()) return true;
    unsigned int status = 0;
    if (mariadb_get_infov(db_, MARIADB_CONNECTION_SERVER_STATUS, &status) != 0) return false;
    return (status & SERVER_STATUS_IN_TRANS) != 0;
}

}  // namespace quarry::mysql
