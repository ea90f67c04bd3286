#include "quarry/postgresql/row_stream.hpp"

#include <new>
#include <utility>

namespace quarry::postgresql {

namespace {

// Reads what is left of the current result, so that the connection can run another
// statement; returns the number of rows dropped.
int drain(PGconn* conn) noexcept {
    int rows = 0;
    while (PGresult* r = PQgetResult(conn)) {
        rows += PQresultStatus(r) == PGRES_SINGLE_TUPLE;
        PQclear(r);
    }
    return rows;
}

// Appends a single-row result's row to `rest`; false when out of memory.
bool append_row(PGresult* rest, const PGresult* single) {
    const int row = PQntuples(rest);
    const int columns = PQnfields(single);
    for (int c = 0; c != columns; ++c) {
        const char* value = PQgetisnull(single, 0, c) ? nullptr : PQgetvalue(single, 0, c);
        if (!PQsetvalue(rest, row, c, const_cast<char*>(value), PQgetlength(single, 0, c))) return false;
    }
    return true;
}

}  // namespace

void row_stream::stream_from(session& owner) noexcept {
    phase_ = phase::streaming;
    streaming_on_ = &owner;
    owner.streaming = this;
}

void row_stream::learn_types(const PGresult* result) {
    const int columns = PQnfields(result);
    types_.resize(static_cast<std::size_t>(columns));
    for (int c = 0; c != columns; ++c) types_[static_cast<std::size_t>(c)] = PQftype(result, c);
    types_known_ = true;
}

bool row_stream::next_slow(std::string_view sql) {
    if (phase_ == phase::buffered) {
        phase_ = phase::done;
        if (failure_ != nullptr) {
            const result_holder failed{std::exchange(failure_, nullptr)};
            throw_error(nullptr, failed.result, sql);
        }
        return false;
    }
    if (phase_ != phase::streaming) return false;
    PQclear(std::exchange(current_, nullptr));
    PGconn* conn = streaming_on_->conn;
    result_holder got{PQgetResult(conn)};
    const ExecStatusType status = got.result ? PQresultStatus(got.result) : PGRES_FATAL_ERROR;
    if (status == PGRES_SINGLE_TUPLE) [[likely]] {
        if (!types_known_) [[unlikely]]
            learn_types(got.result);
        current_ = got.release();
        row_ = 0;
        ++received_;
        return true;
    }
    // The end, or an error instead of the next row: the connection is free once drained.
    drain(conn);
    streaming_on_->streaming = nullptr;
    streaming_on_ = nullptr;
    phase_ = phase::done;
    if (status != PGRES_TUPLES_OK) throw_error(conn, got.result, sql);
    return false;
}

void row_stream::buffer_rest() {
    PGconn* conn = streaming_on_->conn;
    result_holder rest{nullptr};
    result_holder failed{nullptr};
    bool out_of_memory = false;
    // Read to the end even when memory runs out, so that the connection is free.
    while (PGresult* r = PQgetResult(conn)) {
        result_holder got{r};
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_SINGLE_TUPLE) {
            ++received_;
            if (rest.result == nullptr) rest.result = PQcopyResult(r, PG_COPYRES_ATTRS);
            out_of_memory = out_of_memory || rest.result == nullptr || !append_row(rest.result, r);
        } else if (status == PGRES_TUPLES_OK) {
            if (rest.result == nullptr) rest.result = got.release();
        } else if (failed.result == nullptr) {
            failed.result = got.release();
        }
    }
    streaming_on_->streaming = nullptr;
    streaming_on_ = nullptr;
    PQclear(std::exchange(current_, nullptr));
    phase_ = phase::done;
    if (out_of_memory) throw std::bad_alloc();
    // The reader has read the current row already; it goes on with the rest.
    phase_ = phase::buffered;
    current_ = rest.release();
    rows_ = current_ ? PQntuples(current_) : 0;
    row_ = -1;
    failure_ = failed.release();
}

void row_stream::drop_pending() noexcept {
    if (streaming_on_ != nullptr) {
        received_ += drain(streaming_on_->conn);
        streaming_on_->streaming = nullptr;
        streaming_on_ = nullptr;
    }
    PQclear(std::exchange(failure_, nullptr));
}

void row_stream::swap(row_stream& other) noexcept {
    std::swap(phase_, other.phase_);
    std::swap(streaming_on_, other.streaming_on_);
    std::swap(current_, other.current_);
    std::swap(failure_, other.failure_);
    std::swap(row_, other.row_);
    std::swap(rows_, other.rows_);
    std::swap(received_, other.received_);
    std::swap(previous_received_, other.previous_received_);
    std::swap(types_known_, other.types_known_);
    std::swap(whole_wanted_, other.whole_wanted_);
    std::swap(types_, other.types_);
    if (streaming_on_) streaming_on_->streaming = this;
    if (other.streaming_on_) other.streaming_on_->streaming = &other;
}

}  // namespace quarry::postgresql
