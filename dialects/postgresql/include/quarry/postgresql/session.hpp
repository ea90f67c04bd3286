#pragma once
// The libpq connection, shared by the driver and its statements so that a statement's
// destructor can always reach it (or see that it is gone).
#include <libpq-fe.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::postgresql {

class row_stream;

struct session {
    PGconn* conn = nullptr;
    std::uint64_t statements_named = 0;
    // Server-side statements whose C++ side is gone, awaiting DEALLOCATE.
    std::vector<std::string> orphaned;
    // The result whose rows are still arriving on the connection, if any.
    row_stream* streaming = nullptr;
    // Whether a transaction was open when that result's query was sent: while it runs,
    // libpq only knows that the connection is busy.
    bool streaming_inside_transaction = false;

    session() = default;
    session(const session&) = delete;
    session& operator=(const session&) = delete;
    ~session() { PQfinish(conn); }

    // Frees the connection for another statement: the rows of the result still
    // streaming on it are fetched into that result's own buffer. Defined in
    // row_stream.hpp, inline: it runs before every statement.
    inline void make_room();
};

// Maps a failed result (or, without one, the connection's last error) to the exception
// the user can catch: a typed database_error naming the SQL, never the values.
[[noreturn]] void throw_error(PGconn* conn, const PGresult* result, std::string_view sql);

// Owns a PGresult until it is handed on.
struct result_holder {
    PGresult* result;
    ~result_holder() {
        if (result != nullptr) PQclear(result);  // mostly released: spare the call
    }
    PGresult* release() noexcept {
        PGresult* released = result;
        result = nullptr;
        return released;
    }
};

}  // namespace quarry::postgresql
