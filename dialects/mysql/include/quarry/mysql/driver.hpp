#pragma once
// The MySQL/MariaDB driver: one MariaDB Connector/C connection, with server-side
// prepared statements (mysql_stmt_*) and typed binds both ways. See
// quarry/engine/driver.hpp for the contract.
//
// Rows stream: step() reads one row at a time off the connection, so memory stays flat
// however many rows a result has. Another statement may still run while a result is
// being read (a query nested in the loop of another), which the engine allows: the open
// result's rest is then read into memory first, and its loop goes on from there. A
// result abandoned before its end has its rest read and dropped when it is freed.
//
// The session is set up for portable results: utf8mb4 (4-byte UTF-8 round-trips),
// time_zone '+00:00' (TIMESTAMP values and NOW() in UTC, like quarry::timestamp),
// and CLIENT_FOUND_ROWS, so an UPDATE reports the rows it matched, as on the other
// backends, not only those whose values changed. The server's sql_mode is kept.
#include <mysql.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "quarry/engine/driver.hpp"
#include "quarry/mysql/connect_options.hpp"
#include "quarry/mysql/dialect.hpp"
#include "quarry/mysql/read.hpp"
#include "quarry/mysql/statement.hpp"

namespace quarry::mysql {

class driver {
public:
    using dialect = mysql::dialect;
    // The schemes of the URLs an engine opens with this driver.
    static constexpr std::array<std::string_view, 1> url_schemes{"mysql"};
    using statement = mysql::statement;
    using options = connect_options;

    // Connects over options.unix_socket if set, else TCP to host:port. Throws
    // connection_error naming the server and user, never the password.
    explicit driver(const connect_options& options);
    driver(driver&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)),
          session_setup_(std::move(other.session_setup_)),
          stream_(std::move(other.stream_)) {}
    driver& operator=(driver&& other) noexcept {
        std::swap(db_, other.db_);
        std::swap(session_setup_, other.session_setup_);
        std::swap(stream_, other.stream_);
        return *this;
    }
    ~driver();

    statement prepare(std::string_view sql);

    template <class T>
    void bind(statement& s, int index, const T& value) {
        s.bind(index, value);
    }

    bool step(statement& s) {
        if (!s.executed()) s.execute();
        return s.fetch();
    }

    template <class T>
    void read(statement& s, int index, T& out) {
        read_field(s, index, out);
    }

    execution_result finish(statement& s) {
        s.execute();
        return {s.affected_rows(), s.insert_id()};
    }

    void reset(statement& s) noexcept { s.reset(); }

    void execute(std::string_view sql);

    // For a connection pool. ping() is mysql_ping: throws connection_error when the server
    // is gone (it never reconnects: a new session would lose the old one's state).
    // in_transaction() reads the status flags of the server's last reply, without a round
    // trip; after a lost connection it says true, so that a pool's rollback finds out.
    // broken() is true once the client library has seen the connection die.
    void ping();
    bool in_transaction() const noexcept;
    bool broken() const noexcept;
    // Back to a fresh session (mysql_reset_connection); every statement prepared on the
    // connection must have been freed first.
    void reset_session();

    // For the C API; no result may be open on the connection meanwhile.
    MYSQL* native_handle() const noexcept { return db_; }

private:
    MYSQL* db_ = nullptr;
    // The SET run at connect and after a session reset.
    std::string session_setup_;
    // The statement streaming rows, claimed before anything else talks to the server.
    std::shared_ptr<connection_stream> stream_;
};

}  // namespace quarry::mysql
