#pragma once
// The PostgreSQL driver: one libpq connection. See quarry/engine/driver.hpp for the contract.
//
// Choices, and why:
// - Parameters go BINARY, each typed with the OID of its C++ type, except NUMERIC ones
//   (decimal, uint64), sent as their exact text (bind.hpp); results come back BINARY
//   (resultFormat 1), NUMERIC included, decoded exactly in src/numeric.cpp (read.hpp).
// - A statement is executed unnamed (PQexecParams: one round trip) the first time, and
//   prepared under a connection-unique name ("quarry_1", ...) with PQprepare the second
//   time, then run with PQexecPrepared. A dynamic query, rendered for one execution, so
//   never costs a PREPARE nor a DEALLOCATE; a cached or prepared<> one is parsed once.
// - A prepared statement's destructor hands its name to the session, which DEALLOCATEs
//   the names in one round trip before the next execution outside a transaction (an
//   aborted transaction refuses DEALLOCATE; inside a live one a failure would abort it).
//   Closing the connection frees whatever is left.
// - A query's rows are STREAMED (libpq's single-row mode), so reading a million rows
//   takes the memory of one. Meanwhile the connection is busy with them: when another
//   statement runs on it (a query nested in a loop), the rows still unread are first
//   fetched into one client-side result, from which the open result goes on reading
//   (row_stream.hpp). A result abandoned early is drained, never cancelled: a cancel
//   would abort the enclosing transaction and undo an UPDATE ... RETURNING. A statement
//   whose last execution returned at most one row runs buffered, and so does one whose
//   reader keeps every row anyway (to_vector) (row_stream.hpp).
// - The session's TimeZone is UTC and client_encoding UTF8, set in the connect packet.
#include <libpq-fe.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quarry/engine/driver.hpp"
#include "quarry/postgresql/bind.hpp"
#include "quarry/postgresql/connect_options.hpp"
#include "quarry/postgresql/dialect.hpp"
#include "quarry/postgresql/read.hpp"
#include "quarry/postgresql/row_stream.hpp"
#include "quarry/postgresql/session.hpp"

namespace quarry::postgresql {

class statement {
public:
    statement(std::shared_ptr<session> owner, std::string_view sql) : session_(std::move(owner)), sql_(sql) {}
    statement(statement&& other) noexcept
        : session_(std::move(other.session_)),
          sql_(std::move(other.sql_)),
          name_(std::move(other.name_)),
          parameters_(std::move(other.parameters_)),
          rows_(std::move(other.rows_)),
          executions_(other.executions_) {
        other.name_.clear();
    }
    statement& operator=(statement&& other) noexcept {
        statement moved{std::move(other)};
        swap(moved);
        return *this;
    }
    ~statement();

    const std::string& sql() const noexcept { return sql_; }

private:
    friend class driver;

    void swap(statement& other) noexcept;

    std::shared_ptr<session> session_;
    std::string sql_;
    std::string name_;  // empty until prepared on the server
    parameters parameters_;
    row_stream rows_;   // the rows of the current execution
    std::uint64_t executions_ = 0;
};

class driver {
public:
    using dialect = postgresql::dialect;
    using options = connect_options;
    // The schemes of the URLs an engine opens with this driver.
    static constexpr std::array<std::string_view, 2> url_schemes{"postgresql", "postgres"};
    using statement = postgresql::statement;

    // Connects; throws connection_error naming the host (or socket directory), port and
    // user, never the password.
    explicit driver(const connect_options& options);
    driver(driver&&) noexcept = default;
    driver& operator=(driver&&) noexcept = default;
    ~driver() = default;

    // Parsing waits for the first execution, where the SQL's errors are reported.
    statement prepare(std::string_view sql) { return statement{session_, sql}; }

    template <class T>
    void bind(statement& s, int index, const T& value) {
        bind_value(s.parameters_, index, value);
    }
    // For a value that stays put until the statement has run: text and bytes are not copied.
    template <class T>
    void bind_lasting(statement& s, int index, const T& value) {
        bind_lasting_value(s.parameters_, index, value);
    }

    bool step(statement& s) {
        if (s.rows_.idle()) [[unlikely]]
            run(s, s.rows_.should_buffer() ? buffered : streamed);
        return s.rows_.next(s.sql_);
    }

    // The next execution's rows are all kept by the reader (to_vector): one PGresult for
    // them all costs a third of the instructions per row of single-row mode.
    void buffer_rows(statement& s) noexcept { s.rows_.want_whole(); }
    std::size_t rows_held(const statement& s) const noexcept { return s.rows_.rows_held(); }

    template <class T>
    void read(statement& s, int index, T& out) {
        read_field(s.rows_.at(index, s.sql_), out);
    }

    execution_result finish(statement& s);

    void reset(statement& s) noexcept { s.rows_.close(); }

    // Runs SQL without parameters or rows (BEGIN, SAVEPOINT ...).
    void execute(std::string_view sql);

    // For a connection pool. ping() checks libpq's connection status, then runs SELECT 1;
    // a lost server throws connection_error. in_transaction() is libpq's own view, without
    // a round trip; a connection in an unknown state counts as in one, so that the pool's
    // rollback finds out whether it is alive. broken() is true once libpq has seen the
    // connection die.
    void ping();
    bool broken() const noexcept { return !session_ || PQstatus(session_->conn) == CONNECTION_BAD; }
    // Back to a fresh session (DISCARD ALL: settings, temporary tables, prepared
    // statements, advisory locks, LISTENs); the startup settings (UTC, UTF8) stay.
    void reset_session();
    bool in_transaction() const noexcept {
        if (!session_) return false;
        const PGTransactionStatusType status = PQtransactionStatus(session_->conn);
        if (status == PQTRANS_ACTIVE && session_->streaming) return session_->streaming_inside_transaction;
        return status != PQTRANS_IDLE;
    }

    PGconn* native_handle() const noexcept { return session_ ? session_->conn : nullptr; }

private:
    enum delivery : bool { buffered, streamed };
    // Executes the statement with its bound parameters; its rows arrive one at a time,
    // or all at once.
    void run(statement& s, delivery how);
    void prepare_named(statement& s);
    void deallocate_orphans() noexcept;

    std::shared_ptr<session> session_;
};

}  // namespace quarry::postgresql
