#pragma once
// A server-side prepared statement and the buffers its values travel through.
//
// Invariants:
// - parameters_ and parameter_binds_ are sized once, from mysql_stmt_param_count, so the
//   MYSQL_BINDs may point into the parameter buffers for the statement's whole life
//   (moving a statement moves the vectors' heap blocks, not their elements). They are
//   handed to the client (mysql_stmt_bind_param) only when a bind changed a type or a
//   buffer's address: values are read through the buffers at each execution.
// - columns_ and column_binds_ are sized from the result's field count and handed to the
//   client (mysql_stmt_bind_result) when an execution reports other fields than the last
//   (`SELECT ?`, a table altered), or when a buffer moved.
// - A text or blob column reads through a small buffer; a longer value is fetched with
//   mysql_stmt_fetch_column straight into the caller's field, and the buffer grows (up
//   to max_buffered_bytes) so that the rows after it fit.
// - Rows stream: each fetch reads one row off the connection, so a large result takes no
//   more memory than a small one. While a statement streams, the connection can carry
//   nothing else; when something else needs it (another statement, a transaction), the
//   rest of the rows are read into spilled_ first (connection_stream::claim), and the
//   loop over them goes on from there.
#include <mysql.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/mysql/bind.hpp"

namespace quarry::mysql {

// What a column holds, decided from its MYSQL_FIELD when the column is bound.
enum class column_kind : unsigned char {
    integer,
    unsigned_integer,  // the bits of an uint64 in column_buffer::integer
    integer32,         // a signed INT or MEDIUMINT, in column_buffer::integer32: fetched in its own
                       // width, the client converts nothing
    decimal,           // exact DECIMAL, as text: SUM and AVG return it
    real,
    text,
    binary,
    date,
    datetime,
    other,  // TIME, BIT, geometry...: read into no C++ type
};

// What of a MYSQL_FIELD decides its column_kind: type, flags (UNSIGNED_FLAG) and charsetnr
// (binary strings), with decimals, which lies between them. The four are adjacent in
// MYSQL_FIELD, so that checking them at each execution (the client updates the fields) is
// one 16-byte comparison; a change of decimals only binds the columns again.
struct field_shape {
    std::uint64_t low = 0;
    std::uint64_t high = 0;

    bool operator==(const field_shape& other) const noexcept {
        return ((low ^ other.low) | (high ^ other.high)) == 0;
    }
};
field_shape shape_of(const MYSQL_FIELD& field) noexcept;

struct column_buffer {
    column_kind kind = column_kind::other;
    field_shape field;  // of the field the column was bound for
    std::int64_t integer = 0;
    std::int32_t integer32 = 0;
    double real = 0;
    MYSQL_TIME time{};
    std::vector<char> bytes;
    unsigned long length = 0;
    my_bool is_null = 0;
    my_bool error = 0;

    std::string_view text() const noexcept { return {bytes.data(), length}; }
    bool holds_integer() const noexcept {
        return kind == column_kind::integer || kind == column_kind::unsigned_integer || kind == column_kind::integer32;
    }
    // An integer column's value, as the bits of an int64 (an uint64's for unsigned_integer).
    std::int64_t integer_value() const noexcept { return kind == column_kind::integer32 ? integer32 : integer; }
};

// Throws the exception for a MySQL error code: a constraint_violation subtype,
// connection_error for a lost connection, database_error otherwise.
[[noreturn]] void throw_database_error(unsigned code, std::string_view sqlstate, std::string_view message,
                                       std::string_view sql);

class statement;

// The statement whose rows are streaming on one connection, if any, and the connection
// (null once closed). Shared by the driver and its statements, since a statement may
// outlive its driver.
class connection_stream {
public:
    explicit connection_stream(MYSQL* db) noexcept : db_(db) {}

    // Before anything but `user` talks to the server: the streaming statement's rest is
    // read into its spill, so the connection is free. noexcept: a failure is kept for the
    // spilled statement to throw when its loop gets there. Inline: checked per execution.
    void claim(const statement* user) noexcept {
        if (streaming_ != nullptr && streaming_ != user) [[unlikely]]
            spill_streaming();
    }
    // Before the connection closes.
    void close() noexcept {
        claim(nullptr);
        db_ = nullptr;
    }

    friend class statement;

private:
    void spill_streaming() noexcept;

    statement* streaming_ = nullptr;
    MYSQL* db_;
};

class statement {
public:
    // Takes ownership of a prepared handle.
    statement(MYSQL_STMT* handle, std::string_view sql, std::shared_ptr<connection_stream> stream);
    statement(statement&& other) noexcept;
    statement& operator=(statement&&) = delete;
    ~statement();

    MYSQL_STMT* get() const noexcept { return handle_.get(); }
    const std::string& sql() const noexcept { return sql_; }

    template <class T>
    void bind(int index, const T& value) {
        // One comparison: an index below 1 wraps around to a large i.
        const auto i = static_cast<std::size_t>(static_cast<unsigned>(index) - 1u);
        if (i >= parameter_count_) [[unlikely]]
            throw_bad_parameter_index(index);
        if (bind_value(parameter_binds_[i], parameters_[i], value)) parameters_changed_ = true;
    }

    column_buffer& column(int index) noexcept { return columns_[static_cast<std::size_t>(index)]; }
    const char* column_name(int index) const noexcept;

    // Copies all `length` bytes of a value longer than its buffer into `destination`.
    void fetch_long(int index, void* destination, unsigned long length);

    // Runs the statement with the values bound since the last run; its rows stream.
    void execute();
    // The next row into the column buffers; false after the last. Inline: called per row.
    bool fetch() {
        if (stream_->streaming_ == this && !columns_changed_) [[likely]] {
            const int code = mysql_stmt_fetch(handle_.get());
            // Truncation is expected: a long text is fetched on its own by fetch_long.
            if (code == 0 || code == MYSQL_DATA_TRUNCATED) [[likely]] return true;
            return end_rows(code);
        }
        return fetch_otherwise();
    }
    // Drops the rest of the rows; the next execute() runs the statement again. Inline:
    // after each execution, most often with nothing to drop.
    void reset() noexcept {
        if (stream_->streaming_ == this) end_stream();
        if (!spilled_.empty() || spill_error_) [[unlikely]]
            drop_spilled();
        executed_ = false;
    }
    bool executed() const noexcept { return executed_; }
    // What mysql_stmt_affected_rows and mysql_stmt_insert_id return, read from the public
    // MYSQL_STMT (mariadb_stmt.h) without a call into the library at each execution.
    std::int64_t affected_rows() const noexcept {
        return static_cast<std::int64_t>(handle_->upsert_status.affected_rows);
    }
    std::int64_t insert_id() const noexcept { return static_cast<std::int64_t>(handle_->upsert_status.last_insert_id); }

private:
    friend class connection_stream;

    struct closer {
        void operator()(MYSQL_STMT* s) const noexcept { mysql_stmt_close(s); }
    };
    struct freer {
        void operator()(MYSQL_RES* r) const noexcept { mysql_free_result(r); }
    };
    // A server error kept to be thrown later.
    struct deferred_error {
        unsigned code;
        std::string sqlstate;
        std::string message;
    };

    [[noreturn]] void throw_bad_parameter_index(int index) const;
    // The client's error for the last call: the statement's, else the connection's (a
    // row fetch that meets the server's error reports it there).
    deferred_error last_error() const;
    [[noreturn]] void throw_error() const;
    bool fields_changed(unsigned field_count) const;
    void bind_columns();
    // mysql_stmt_fetch, after handing the client any buffer that moved.
    int fetch_row();
    // fetch() from the spilled rows, or after a buffer moved.
    bool fetch_otherwise();
    // After the last row (MYSQL_NO_DATA: false) or an error (throws).
    bool end_rows(int code);
    void fetch_column(unsigned index, void* destination, unsigned long length);
    // Reads the streaming result's rest off the connection, which is then free.
    void end_stream() noexcept;
    void drop_spilled() noexcept;
    // In spill.cpp.
    void spill() noexcept;
    std::vector<column_buffer> copy_row();
    bool fetch_spilled();

    // Declared before metadata_: the metadata is freed first, then the statement.
    std::unique_ptr<MYSQL_STMT, closer> handle_;
    std::unique_ptr<MYSQL_RES, freer> metadata_;  // shares the statement's fields, kept current
    std::shared_ptr<connection_stream> stream_;
    std::string sql_;
    std::vector<MYSQL_BIND> parameter_binds_;
    std::vector<parameter_buffer> parameters_;
    // parameters_.size(), kept: the vector's size is a division (by sizeof(parameter_buffer))
    // at each bind.
    std::size_t parameter_count_;
    std::vector<MYSQL_BIND> column_binds_;
    std::vector<column_buffer> columns_;
    // The rows read ahead for another statement (see the invariants), then the error that
    // ended them, if one did.
    std::vector<std::vector<column_buffer>> spilled_;
    std::size_t next_spilled_ = 0;
    std::optional<deferred_error> spill_error_;
    bool parameters_changed_ = false;
    bool columns_bound_ = false;    // column_binds_ handed to the client, for columns_ as they are
    bool columns_changed_ = false;  // a buffer grew since: hand them again before the next fetch
    bool executed_ = false;
    bool fields_known_at_prepare_ = false;
};

}  // namespace quarry::mysql
