#pragma once
// The rows of one execution, as the driver hands them to the reader: either STREAMED,
// each row a PGresult of its own fetched from the connection in libpq's single-row
// mode, or BUFFERED, one PGresult holding them all (a statement run to its end, or a
// stream whose unread rows were fetched to free the connection for another statement).
// The column types are learned once per prepared statement, not per execution or field:
// the server refuses to run a named statement whose result types have changed ("cached
// plan must not change result type").
#include <libpq-fe.h>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "quarry/postgresql/read.hpp"
#include "quarry/postgresql/session.hpp"

namespace quarry::postgresql {

class row_stream {
public:
    row_stream() = default;
    row_stream(row_stream&& other) noexcept { swap(other); }
    row_stream& operator=(row_stream&& other) noexcept {
        row_stream moved{std::move(other)};
        swap(moved);
        return *this;
    }
    ~row_stream() { close(); }

    // Whether the statement has yet to run.
    bool idle() const noexcept { return phase_ == phase::idle; }
    // Whether the next execution should fetch its rows at once rather than stream them.
    // Streaming costs libpq a PGresult per row plus one for the end: 20% more client CPU
    // for a point select, three times the instructions per row of a scan. So a statement
    // runs buffered when its reader keeps every row anyway (want_whole: to_vector), or
    // when its last execution returned at most one row (a lookup by key): a guess that
    // can only cost memory for one execution, which then streams the next.
    bool should_buffer() const noexcept {
        return whole_wanted_ || (previous_received_ >= 0 && previous_received_ <= 1);
    }
    // The reader will hold every row of the next execution. Only on an idle stream;
    // close() forgets it.
    void want_whole() noexcept { whole_wanted_ = true; }

    // The query was just sent in single-row mode; its rows follow on the connection.
    // Like hold(), only on an idle stream.
    void stream_from(session& owner) noexcept;
    // The whole result, from a statement run to its end. Inline, like close(): both run
    // once per execution.
    void hold(PGresult* whole) {
        phase_ = phase::buffered;
        current_ = whole;
        rows_ = PQntuples(whole);
        received_ = rows_;
        if (!types_known_) [[unlikely]]
            learn_types(whole);
    }

    // Moves to the next row: true while there is one. An error that the server sent
    // instead of a row throws, typed, and leaves the connection free.
    bool next(std::string_view sql) {
        if (phase_ == phase::buffered && ++row_ < rows_) [[likely]]
            return true;
        return next_slow(sql);
    }

    field at(int index, std::string_view sql) const noexcept {
        const auto column = static_cast<std::size_t>(index);
        return {current_, row_, index, column < types_.size() ? types_[column] : Oid{0}, sql};
    }

    PGresult* whole() const noexcept { return current_; }
    // The rows of the execution when they are all here (buffered), else 0.
    std::size_t rows_held() const noexcept {
        return phase_ == phase::buffered ? static_cast<std::size_t>(rows_) : 0;
    }

    // Fetches the unread rows into one result held here, so that the connection is free.
    void buffer_rest();

    // The statement is about to run under a new name, or as a new text: its result
    // types are learned again.
    void forget_types() noexcept { types_known_ = false; }

    // Back to idle; rows still arriving are read and dropped, so the connection is free.
    void close() noexcept {
        whole_wanted_ = false;
        if (phase_ == phase::idle) return;
        if (streaming_on_ != nullptr || failure_ != nullptr) [[unlikely]]
            drop_pending();
        PQclear(std::exchange(current_, nullptr));
        previous_received_ = received_;
        phase_ = phase::idle;
        row_ = -1;
        rows_ = 0;
        received_ = 0;
    }

    void swap(row_stream& other) noexcept;

private:
    enum class phase : char { idle, streaming, buffered, done };

    bool next_slow(std::string_view sql);
    // close()'s rare part: rows still arriving, or an error kept for the reader.
    void drop_pending() noexcept;
    void learn_types(const PGresult* result);

    phase phase_ = phase::idle;
    session* streaming_on_ = nullptr;  // set while rows arrive on that session's connection
    PGresult* current_ = nullptr;      // the current row's result, or the buffered rows
    PGresult* failure_ = nullptr;      // an error that ended the buffered rows, for the reader
    int row_ = -1;
    int rows_ = 0;
    int received_ = 0;             // rows the server sent for this execution, read or not
    int previous_received_ = -1;   // the same for the last execution; -1 before the first
    bool types_known_ = false;
    bool whole_wanted_ = false;
    std::vector<Oid> types_;
};

inline void session::make_room() {
    if (streaming != nullptr) [[unlikely]]
        streaming->buffer_rest();
}

}  // namespace quarry::postgresql
