#include "quarry/postgresql/driver.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "quarry/engine/error.hpp"

namespace quarry::postgresql {

namespace {

std::string without_trailing_newline(const char* text) {
    std::string s = text ? text : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

void check(PGconn* conn, result_holder& held, std::string_view sql) {
    const ExecStatusType status = held.result ? PQresultStatus(held.result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw_error(conn, held.result, sql);
}

const char* type_name(Oid type) {
    switch (type) {
        case oid::boolean: return "a boolean";
        case oid::bytea: return "bytea";
        case oid::int2:
        case oid::int4:
        case oid::int8: return "an integer";
        case oid::numeric: return "numeric";
        case oid::float4:
        case oid::float8: return "a floating-point number";
        case oid::text:
        case oid::varchar:
        case oid::bpchar:
        case oid::name:
        case oid::unknown: return "text";
        case oid::date: return "a date";
        case oid::timestamp:
        case oid::timestamptz: return "a timestamp";
        default: return nullptr;
    }
}

// The count that ends a command tag ("INSERT 0 5", "UPDATE 5", "SELECT 5"); 0 for a tag
// without one ("CREATE TABLE"). What PQcmdTuples returns, without its comparisons with
// each command's name, which cost a single-row INSERT 2% of its client instructions.
std::int64_t rows_affected(const char* tag) {
    const char* last_word = tag ? std::strrchr(tag, ' ') : nullptr;
    if (last_word == nullptr) return 0;
    std::int64_t rows = 0;
    for (const char* digit = last_word + 1; *digit != '\0'; ++digit) {
        if (*digit < '0' || *digit > '9') return 0;
        rows = rows * 10 + (*digit - '0');
    }
    return rows;
}

}  // namespace

// The message is PostgreSQL's primary message only: its DETAIL may quote the row's
// values ("Key (name)=(Ann) already exists").
void throw_error(PGconn* conn, const PGresult* result, std::string_view sql) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const std::string sqlstate = state ? state : "";
    const std::string message = primary ? std::string(primary)
                                : result ? without_trailing_newline(PQresultErrorMessage(result))
                                         : without_trailing_newline(PQerrorMessage(conn));
    const std::string_view name = dialect::name;
    // 57P01..57P03: the server is shutting down or terminated this backend (pg_terminate_backend).
    if ((conn && PQstatus(conn) == CONNECTION_BAD) || sqlstate.starts_with("08") || sqlstate.starts_with("57P"))
        throw connection_lost(name, 0, sqlstate, message, sql);
    if (sqlstate == "23505") throw unique_violation(name, 0, sqlstate, message, sql);
    if (sqlstate == "23503") throw foreign_key_violation(name, 0, sqlstate, message, sql);
    if (sqlstate == "23502") throw not_null_violation(name, 0, sqlstate, message, sql);
    if (sqlstate == "23514") throw check_violation(name, 0, sqlstate, message, sql);
    if (sqlstate.starts_with("23")) throw constraint_violation(name, 0, sqlstate, message, sql);
    if (sqlstate == "40P01") throw deadlock(name, 0, sqlstate, message, sql);
    if (sqlstate == "40001") throw serialization_failure(name, 0, sqlstate, message, sql);
    // query_canceled (statement_timeout) and lock_not_available (lock_timeout, NOWAIT)
    if (sqlstate == "57014" || sqlstate == "55P03") throw timeout_error(name, 0, sqlstate, message, sql);
    // string_data_right_truncation (over VARCHAR(n)), numeric_value_out_of_range
    if (sqlstate == "22001" || sqlstate == "22003") throw value_out_of_range(name, 0, sqlstate, message, sql);
    // character_not_in_repertoire ends with the value's offending bytes: "...\"UTF8\": 0xff".
    if (sqlstate == "22021") throw value_rejected(name, 0, sqlstate, message.substr(0, message.rfind(": ")), sql);
    if (sqlstate.starts_with("22")) throw value_rejected(name, 0, sqlstate, message, sql);
    if (sqlstate == "42601") throw syntax_error(name, 0, sqlstate, message, sql);
    if (sqlstate.starts_with("42")) throw programming_error(name, 0, sqlstate, message, sql);
    throw database_error(name, 0, sqlstate, message, sql);
}

void throw_read_error(const field& f, const char* expected) {
    const char* column = PQfname(f.result, f.column);
    const std::string_view column_name = column ? column : "?";
    if (f.is_null()) throw null_value_error("NULL read into a field that is not std::optional", column_name, f.sql);
    const char* found = type_name(f.type());
    std::string problem = std::string("expected ") + expected + " but found ";
    problem += found ? found : "type OID " + std::to_string(f.type());
    throw type_mismatch_error(problem, column_name, f.sql);
}

statement::~statement() {
    if (session_ && !name_.empty()) {
        try {
            session_->orphaned.push_back(std::move(name_));
        } catch (...) {
            // Out of memory: the server frees the statement when the connection closes.
        }
    }
}

void statement::swap(statement& other) noexcept {
    std::swap(session_, other.session_);
    std::swap(sql_, other.sql_);
    std::swap(name_, other.name_);
    std::swap(parameters_, other.parameters_);
    rows_.swap(other.rows_);
    std::swap(executions_, other.executions_);
}

driver::driver(const connect_options& options) : session_(std::make_shared<session>()) {
    const std::string port = std::to_string(options.port);
    const std::string timeout = std::to_string((options.connect_timeout.count() + 999) / 1000);
    // Passed as separate keywords, never as a conninfo string that an error could echo.
    const char* const keywords[] = {"host", "port", "user", "password", "dbname", "client_encoding", "options",
                                    "application_name", "connect_timeout", nullptr};
    // Startup settings, which DISCARD ALL (reset_session) keeps.
    std::string settings = "-c TimeZone=UTC";
    if (options.statement_timeout.count() > 0)
        settings.append(" -c statement_timeout=").append(std::to_string(options.statement_timeout.count()));
    const char* const values[] = {options.host.c_str(), port.c_str(), options.user.c_str(),
                                  options.password.c_str(), options.database.c_str(), "UTF8",
                                  settings.c_str(), "quarry", timeout.c_str(), nullptr};
    session_->conn = PQconnectdbParams(keywords, values, 0);
    if (session_->conn == nullptr || PQstatus(session_->conn) != CONNECTION_OK) {
        std::string message = "could not connect to ";
        message += options.host.starts_with('/') ? "the socket in " + options.host : options.host + ":" + port;
        message += " as user '" + options.user + "'";
        if (session_->conn) message += ": " + without_trailing_newline(PQerrorMessage(session_->conn));
        throw connection_error(dialect::name, 0, {}, message, {});
    }
    // NOTICEs ("table does not exist, skipping") would go to stderr: a library keeps quiet.
    PQsetNoticeProcessor(session_->conn, [](void*, const char*) {}, nullptr);
}

void driver::deallocate_orphans() noexcept {
    std::vector<std::string>& names = session_->orphaned;
    if (names.empty() || PQtransactionStatus(session_->conn) != PQTRANS_IDLE) return;
    try {
        std::string sql;
        for (const std::string& name : names) sql += "DEALLOCATE " + name + ";";
        PQclear(PQexec(session_->conn, sql.c_str()));
        names.clear();
    } catch (...) {
        // Out of memory: try again next time.
    }
}

// Prepares the statement under a new name, with the types of the parameters now bound.
void driver::prepare_named(statement& s) {
    if (!s.name_.empty()) session_->orphaned.push_back(std::exchange(s.name_, {}));
    std::string name = "quarry_" + std::to_string(++session_->statements_named);
    parameters& p = s.parameters_;
    result_holder prepared{PQprepare(session_->conn, name.c_str(), s.sql_.c_str(), p.count(), p.types())};
    check(session_->conn, prepared, s.sql_);
    s.name_ = std::move(name);
    p.types_prepared();
    s.rows_.forget_types();
}

void driver::run(statement& s, delivery how) {
    PGconn* conn = session_->conn;
    session_->make_room();
    if (!session_->orphaned.empty()) [[unlikely]]
        deallocate_orphans();  // checked here first: run() is the hot path
    parameters& p = s.parameters_;
    // The first execution is probably a one-off: parsed, bound and run in one round trip,
    // unnamed. The second prepares it.
    if (++s.executions_ > 1 && (s.name_.empty() || p.types_changed())) [[unlikely]]
        prepare_named(s);
    const bool named = !s.name_.empty();
    if (how == buffered) {
        result_holder held{named ? PQexecPrepared(conn, s.name_.c_str(), p.count(), p.values(), p.lengths(),
                                                  p.formats(), 1)
                                 : PQexecParams(conn, s.sql_.c_str(), p.count(), p.types(), p.values(),
                                                p.lengths(), p.formats(), 1)};
        check(conn, held, s.sql_);
        s.rows_.hold(held.release());
        return;
    }
    session_->streaming_inside_transaction = PQtransactionStatus(conn) != PQTRANS_IDLE;
    const int sent = named ? PQsendQueryPrepared(conn, s.name_.c_str(), p.count(), p.values(), p.lengths(),
                                                 p.formats(), 1)
                           : PQsendQueryParams(conn, s.sql_.c_str(), p.count(), p.types(), p.values(),
                                               p.lengths(), p.formats(), 1);
    if (!sent) throw_error(conn, nullptr, s.sql_);
    PQsetSingleRowMode(conn);
    s.rows_.stream_from(*session_);
}

execution_result driver::finish(statement& s) {
    if (s.rows_.idle()) run(s, buffered);
    return {rows_affected(PQcmdStatus(s.rows_.whole())), 0};
}

void driver::execute(std::string_view sql) {
    session_->make_room();
    const std::string text(sql);
    result_holder held{PQexec(session_->conn, text.c_str())};
    check(session_->conn, held, sql);
    deallocate_orphans();
}

void driver::reset_session() {
    // DISCARD ALL drops every prepared statement on the server, the orphans included.
    session_->orphaned.clear();
    execute("DISCARD ALL");
}

void driver::ping() {
    PGconn* conn = session_->conn;
    if (PQstatus(conn) != CONNECTION_OK) {
        throw connection_lost(dialect::name, 0, {}, "the connection is closed: " +
                               without_trailing_newline(PQerrorMessage(conn)), {});
    }
    session_->make_room();
    result_holder held{PQexec(conn, "SELECT 1")};
    check(conn, held, "SELECT 1");
}

}  // namespace quarry::postgresql
