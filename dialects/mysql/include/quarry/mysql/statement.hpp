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
//   client (mysql_stmt_bind_result) when an execution reports other column kinds than
//   the last (`SELECT ?`), or when a buffer moved.
// - A text or blob column reads through a small buffer; a longer value is fetched with
//   mysql_stmt_fetch_column straight into the caller's field, and the buffer grows (up
//   to max_buffered_bytes) so that the rows after it fit.
#include <mysql.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/mysql/bind.hpp"

namespace quarry::mysql {

// What a column holds, decided once per execution from its MYSQL_FIELD.
enum class column_kind : unsigned char {
    integer,
    unsigned_integer,  // the bits of an uint64 in column_buffer::integer
    decimal,           // exact DECIMAL, as text: SUM and AVG return it
    real,
    text,
    binary,
    date,
    datetime,
    other,  // TIME, BIT, geometry...: read into no C++ type
};

struct column_buffer {
    column_kind kind = column_kind::other;
    std::int64_t integer = 0;
    double real = 0;
    MYSQL_TIME time{};
    std::vector<char> bytes;
    unsigned long length = 0;
    my_bool is_null = 0;
    my_bool error = 0;

    std::string_view text() const noexcept { return {bytes.data(), length}; }
};

// Throws the exception for a MySQL error code: a constraint_violation subtype,
// connection_error for a lost connection, database_error otherwise.
[[noreturn]] void throw_database_error(unsigned code, std::string_view sqlstate, std::string_view message,
                                       std::string_view sql);

class statement {
public:
    // Takes ownership of a prepared handle.
    statement(MYSQL_STMT* handle, std::string_view sql);

    MYSQL_STMT* get() const noexcept { return handle_.get(); }
    const std::string& sql() const noexcept { return sql_; }

    template <class T>
    void bind(int index, const T& value) {
        if (index < 1 || static_cast<std::size_t>(index) > parameters_.size()) [[unlikely]]
            throw_bad_parameter_index(index);
        const auto i = static_cast<std::size_t>(index - 1);
        if (bind_value(parameter_binds_[i], parameters_[i], value)) parameters_changed_ = true;
    }

    column_buffer& column(int index) noexcept { return columns_[static_cast<std::size_t>(index)]; }
    const char* column_name(int index) const noexcept;

    // Copies all `length` bytes of a value longer than its buffer into `destination`.
    void fetch_long(int index, void* destination, unsigned long length);

    // Runs the statement with the values bound since the last run; buffers any rows.
    void execute();
    // The next buffered row into the column buffers; false after the last.
    bool fetch();
    // Drops buffered rows; the next execute() runs the statement again.
    void reset() noexcept;
    bool executed() const noexcept { return executed_; }

private:
    struct closer {
        void operator()(MYSQL_STMT* s) const noexcept { mysql_stmt_close(s); }
    };
    struct freer {
        void operator()(MYSQL_RES* r) const noexcept { mysql_free_result(r); }
    };

    [[noreturn]] void throw_bad_parameter_index(int index) const;
    [[noreturn]] void throw_error() const;
    bool column_kinds_changed();
    void bind_columns();

    // Declared before metadata_: the metadata is freed first, then the statement.
    std::unique_ptr<MYSQL_STMT, closer> handle_;
    std::unique_ptr<MYSQL_RES, freer> metadata_;  // shares the statement's fields, kept current
    std::string sql_;
    std::vector<MYSQL_BIND> parameter_binds_;
    std::vector<parameter_buffer> parameters_;
    std::vector<MYSQL_BIND> column_binds_;
    std::vector<column_buffer> columns_;
    bool parameters_changed_ = false;
    bool columns_bound_ = false;    // column_binds_ handed to the client, for columns_ as they are
    bool columns_changed_ = false;  // a buffer grew since: hand them again before the next fetch
    bool executed_ = false;
    bool fields_known_at_prepare_ = false;
};

}  // namespace quarry::mysql
