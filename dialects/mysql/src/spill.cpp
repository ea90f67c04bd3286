// A streaming result's rest read ahead into memory, for when another statement needs the
// connection (statement.hpp), and the loop over those rows.
#include <cstring>
#include <utility>

#include "quarry/mysql/statement.hpp"

namespace quarry::mysql {

namespace {
// Whether a column's value lives in its bytes (else in integer, integer32, real or time).
bool reads_bytes(column_kind kind) noexcept {
    return kind == column_kind::decimal || kind == column_kind::text || kind == column_kind::binary ||
           kind == column_kind::other;
}
}  // namespace

std::vector<column_buffer> statement::copy_row() {
    std::vector<column_buffer> row(columns_.size());
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const column_buffer& c = columns_[i];
        column_buffer& copy = row[i];
        copy.kind = c.kind;
        copy.integer = c.integer;
        copy.integer32 = c.integer32;
        copy.real = c.real;
        copy.time = c.time;
        copy.length = c.length;
        copy.is_null = c.is_null;
        if (c.is_null || !reads_bytes(c.kind)) continue;
        // Exactly the value's size, so that reading it never asks the client for more.
        copy.bytes.resize(c.length);
        if (c.length <= c.bytes.size()) {
            if (c.length != 0) std::memcpy(copy.bytes.data(), c.bytes.data(), c.length);
        } else {
            fetch_column(static_cast<unsigned>(i), copy.bytes.data(), c.length);
        }
    }
    return row;
}

void statement::spill() noexcept {
    MYSQL_STMT* h = handle_.get();
    try {
        for (;;) {
            const int code = fetch_row();
            if (code == MYSQL_NO_DATA) return;
            if (code != 0 && code != MYSQL_DATA_TRUNCATED) {
                spill_error_ = last_error();
                return;
            }
            spilled_.push_back(copy_row());
        }
    } catch (...) {
        // Out of memory, or a long value the client would not give: the rest is dropped,
        // so that the connection is free, and the loop over this result fails when it
        // gets there.
        if (mysql_stmt_errno(h) != 0) {
            spill_error_ = last_error();
        } else {
            spill_error_ = deferred_error{2008u, "HY000", "out of memory"};  // short texts: no allocation
        }
        mysql_stmt_free_result(h);
    }
}

bool statement::fetch_spilled() {
    if (next_spilled_ < spilled_.size()) {
        // The row's buffers replace the bound ones: bind afresh at the next execution.
        columns_ = std::move(spilled_[next_spilled_++]);
        columns_bound_ = false;
        return true;
    }
    if (spill_error_) {
        const deferred_error error = std::move(*spill_error_);
        spill_error_.reset();
        throw_database_error(error.code, error.sqlstate, error.message, sql_);
    }
    return false;
}

}  // namespace quarry::mysql
