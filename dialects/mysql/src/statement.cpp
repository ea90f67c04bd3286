#include "quarry/mysql/statement.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <utility>

#include "quarry/engine/error.hpp"
#include "quarry/mysql/dialect.hpp"

namespace quarry::mysql {

namespace {
// Text and blob columns start with this much room; most values fit.
constexpr std::size_t initial_buffered_bytes = 256;
// Longer values than this are fetched on their own every time rather than kept in a
// buffer per column of every cached statement.
constexpr std::size_t max_buffered_bytes = 64 * 1024;
// DECIMAL has at most 65 digits, a sign and a point.
constexpr std::size_t decimal_bytes = 80;
// The charset number of binary strings (BINARY, VARBINARY, BLOB).
constexpr unsigned binary_charset = 63;

column_kind kind_of(const MYSQL_FIELD& field) {
    switch (field.type) {
        case MYSQL_TYPE_INT24:
        case MYSQL_TYPE_LONG:
            if ((field.flags & UNSIGNED_FLAG) == 0) return column_kind::integer32;
            return column_kind::unsigned_integer;
        case MYSQL_TYPE_TINY:
        case MYSQL_TYPE_SHORT:
        case MYSQL_TYPE_LONGLONG:
        case MYSQL_TYPE_YEAR:
            return (field.flags & UNSIGNED_FLAG) != 0 ? column_kind::unsigned_integer : column_kind::integer;
        case MYSQL_TYPE_DECIMAL:
        case MYSQL_TYPE_NEWDECIMAL: return column_kind::decimal;
        case MYSQL_TYPE_FLOAT:
        case MYSQL_TYPE_DOUBLE: return column_kind::real;
        case MYSQL_TYPE_DATE:
        case MYSQL_TYPE_NEWDATE: return column_kind::date;
        case MYSQL_TYPE_DATETIME:
        case MYSQL_TYPE_TIMESTAMP: return column_kind::datetime;
        case MYSQL_TYPE_STRING:
        case MYSQL_TYPE_VAR_STRING:
        case MYSQL_TYPE_VARCHAR:
        case MYSQL_TYPE_TINY_BLOB:
        case MYSQL_TYPE_MEDIUM_BLOB:
        case MYSQL_TYPE_LONG_BLOB:
        case MYSQL_TYPE_BLOB:
        case MYSQL_TYPE_JSON:
        case MYSQL_TYPE_ENUM:
        case MYSQL_TYPE_SET: return field.charsetnr == binary_charset ? column_kind::binary : column_kind::text;
        default: return column_kind::other;
    }
}

void point_at_bytes(MYSQL_BIND& b, column_buffer& c, enum_field_types type, std::size_t minimum) {
    if (c.bytes.size() < minimum) c.bytes.resize(minimum);
    b.buffer_type = type;
    b.buffer = c.bytes.data();
    b.buffer_length = static_cast<unsigned long>(c.bytes.size());
}
}  // namespace

static_assert(offsetof(MYSQL_FIELD, decimals) == offsetof(MYSQL_FIELD, flags) + 4 &&
              offsetof(MYSQL_FIELD, charsetnr) == offsetof(MYSQL_FIELD, flags) + 8 &&
              offsetof(MYSQL_FIELD, type) == offsetof(MYSQL_FIELD, flags) + 12 && sizeof(field_shape) == 16);

field_shape shape_of(const MYSQL_FIELD& field) noexcept {
    field_shape shape;
    std::memcpy(&shape, reinterpret_cast<const char*>(&field) + offsetof(MYSQL_FIELD, flags), sizeof shape);
    return shape;
}

void connection_stream::spill_streaming() noexcept { std::exchange(streaming_, nullptr)->spill(); }

statement::statement(MYSQL_STMT* handle, std::string_view sql, std::shared_ptr<connection_stream> stream)
    : handle_(handle),
      metadata_(mysql_stmt_result_metadata(handle)),
      stream_(std::move(stream)),
      sql_(sql),
      parameter_binds_(mysql_stmt_param_count(handle)),
      parameters_(parameter_binds_.size()),
      parameter_count_(parameters_.size()),
      fields_known_at_prepare_(metadata_ != nullptr) {}

statement::statement(statement&& other) noexcept
    : handle_(std::move(other.handle_)),
      metadata_(std::move(other.metadata_)),
      stream_(std::move(other.stream_)),
      sql_(std::move(other.sql_)),
      parameter_binds_(std::move(other.parameter_binds_)),
      parameters_(std::move(other.parameters_)),
      parameter_count_(other.parameter_count_),
      column_binds_(std::move(other.column_binds_)),
      columns_(std::move(other.columns_)),
      spilled_(std::move(other.spilled_)),
      next_spilled_(other.next_spilled_),
      spill_error_(std::move(other.spill_error_)),
      parameters_changed_(other.parameters_changed_),
      columns_bound_(other.columns_bound_),
      columns_changed_(other.columns_changed_),
      executed_(other.executed_),
      fields_known_at_prepare_(other.fields_known_at_prepare_) {
    if (stream_ && stream_->streaming_ == &other) stream_->streaming_ = this;
}

statement::~statement() {
    if (!handle_) return;  // moved from
    // Closing a statement reads off the connection whatever result is pending there: its
    // own rest is dropped, another statement's must be spilled first.
    if (stream_->streaming_ == this) {
        stream_->streaming_ = nullptr;
    } else {
        stream_->claim(this);
    }
}

const char* statement::column_name(int index) const noexcept {
    if (!metadata_ || static_cast<unsigned>(index) >= mysql_num_fields(metadata_.get())) return "?";
    return mysql_fetch_fields(metadata_.get())[index].name;
}

void statement::throw_bad_parameter_index(int index) const {
    throw usage_error("quarry: parameter " + std::to_string(index) + " bound, but the statement has " +
                      std::to_string(parameters_.size()) + ": " + sql_);
}

statement::deferred_error statement::last_error() const {
    MYSQL_STMT* h = handle_.get();
    if (mysql_stmt_errno(h) != 0 || stream_->db_ == nullptr)
        return {mysql_stmt_errno(h), mysql_stmt_sqlstate(h), mysql_stmt_error(h)};
    MYSQL* db = stream_->db_;
    return {mysql_errno(db), mysql_sqlstate(db), mysql_error(db)};
}

void statement::throw_error() const {
    const deferred_error error = last_error();
    throw_database_error(error.code, error.sqlstate, error.message, sql_);
}

void statement::execute() {
    if (executed_) reset();
    stream_->claim(this);
    MYSQL_STMT* h = handle_.get();
    if (parameters_changed_) {
        // Also tells the client to send the parameter types again: a NULL may have
        // become a value, or text an integer.
        if (mysql_stmt_bind_param(h, parameter_binds_.data()) != 0) throw_error();
        parameters_changed_ = false;
    }
    if (mysql_stmt_execute(h) != 0) throw_error();
    executed_ = true;
    const unsigned field_count = h->field_count;  // mysql_stmt_field_count's, without the call
    if (field_count == 0) return;
    // Before binding, which may throw: reset() must then read the pending rows.
    stream_->streaming_ = this;
    // A statement prepared without a result (fields_known_at_prepare_ false) gets new
    // fields and binds from the client at every execution.
    if (!columns_bound_ || !fields_known_at_prepare_ || fields_changed(field_count)) bind_columns();
}

bool statement::fields_changed(unsigned field_count) const {
    if (field_count != columns_.size()) return true;
    // The fields straight from the MYSQL_RES, a public struct: no call per execution.
    const MYSQL_FIELD* fields = metadata_->fields;
    const column_buffer* columns = columns_.data();
    for (unsigned i = 0; i < field_count; ++i) {
        if (!(shape_of(fields[i]) == columns[i].field)) return true;
    }
    return false;
}

void statement::bind_columns() {
    if (!fields_known_at_prepare_) metadata_.reset(mysql_stmt_result_metadata(handle_.get()));
    const unsigned count = metadata_ ? mysql_num_fields(metadata_.get()) : 0;
    const MYSQL_FIELD* fields = metadata_ ? mysql_fetch_fields(metadata_.get()) : nullptr;
    columns_.resize(count);
    column_binds_.resize(count);
    for (unsigned i = 0; i < count; ++i) {
        column_buffer& c = columns_[i];
        MYSQL_BIND& b = column_binds_[i];
        b = MYSQL_BIND{};
        c.field = shape_of(fields[i]);
        c.kind = kind_of(fields[i]);
        switch (c.kind) {
            case column_kind::integer:
            case column_kind::unsigned_integer:
                b.buffer_type = MYSQL_TYPE_LONGLONG;
                b.buffer = &c.integer;
                b.is_unsigned = c.kind == column_kind::unsigned_integer;
                break;
            case column_kind::integer32:
                b.buffer_type = MYSQL_TYPE_LONG;
                b.buffer = &c.integer32;
                break;
            case column_kind::real:
                b.buffer_type = MYSQL_TYPE_DOUBLE;
                b.buffer = &c.real;
                break;
            case column_kind::date:
            case column_kind::datetime:
                b.buffer_type = c.kind == column_kind::date ? MYSQL_TYPE_DATE : MYSQL_TYPE_DATETIME;
                b.buffer = &c.time;
                break;
            case column_kind::decimal: point_at_bytes(b, c, MYSQL_TYPE_STRING, decimal_bytes); break;
            case column_kind::binary: point_at_bytes(b, c, MYSQL_TYPE_BLOB, initial_buffered_bytes); break;
            case column_kind::text:
            case column_kind::other: point_at_bytes(b, c, MYSQL_TYPE_STRING, initial_buffered_bytes); break;
        }
        b.length = &c.length;
        b.is_null = &c.is_null;
        b.error = &c.error;
    }
    columns_changed_ = false;
    if (mysql_stmt_bind_result(handle_.get(), column_binds_.data()) != 0) throw_error();
    columns_bound_ = true;
}

int statement::fetch_row() {
    if (columns_changed_) {
        if (mysql_stmt_bind_result(handle_.get(), column_binds_.data()) != 0) return 1;
        columns_changed_ = false;
    }
    return mysql_stmt_fetch(handle_.get());
}

bool statement::fetch_otherwise() {
    if (stream_->streaming_ != this) return fetch_spilled();  // also when there is no result, or it ended
    const int code = fetch_row();
    if (code == 0 || code == MYSQL_DATA_TRUNCATED) return true;
    return end_rows(code);
}

bool statement::end_rows(int code) {
    stream_->streaming_ = nullptr;
    if (code == MYSQL_NO_DATA) return false;
    throw_error();
}

void statement::fetch_column(unsigned index, void* destination, unsigned long length) {
    MYSQL_BIND b{};
    unsigned long fetched = 0;
    b.buffer_type = column_binds_[index].buffer_type;
    b.buffer = destination;
    b.buffer_length = length;
    b.length = &fetched;
    if (mysql_stmt_fetch_column(handle_.get(), &b, index, 0) != 0) throw_error();
}

void statement::fetch_long(int index, void* destination, unsigned long length) {
    const auto i = static_cast<std::size_t>(index);
    fetch_column(static_cast<unsigned>(index), destination, length);
    // Grow the buffer so that the following rows, likely as long, fit. The client
    // still points at the old buffer: rebind before the next fetch.
    column_buffer& c = columns_[i];
    if (length <= max_buffered_bytes && length > c.bytes.size()) {
        c.bytes.resize(std::max<std::size_t>(length, c.bytes.size() * 2));
        column_binds_[i].buffer = c.bytes.data();
        column_binds_[i].buffer_length = static_cast<unsigned long>(c.bytes.size());
        columns_changed_ = true;
    }
}

void statement::end_stream() noexcept {
    // Reads the rest of a streaming result off the connection (mysql_stmt_reset would
    // cost a round trip more). Only then: the client would read another statement's rows.
    // A result left after its first row (first(), a lookup by key) most often has no
    // other: one more fetch meets its end for a fraction of mysql_stmt_free_result's cost.
    if (fetch_row() != MYSQL_NO_DATA) mysql_stmt_free_result(handle_.get());
    stream_->streaming_ = nullptr;
}

void statement::drop_spilled() noexcept {
    spilled_.clear();
    next_spilled_ = 0;
    spill_error_.reset();
}

}  // namespace quarry::mysql
