#pragma once
// The exceptions Quarry throws, the same for every backend.
//
//   error
//   ├── usage_error              the program used the API wrongly (a parameter never set)
//   ├── data_error               a value read back does not fit its C++ type
//   │   ├── null_value_error     NULL read into a non-optional field
//   │   └── type_mismatch_error  e.g. text read into an integer field, or out of range
//   └── database_error           the database refused: carries its code and the SQL text
//       ├── connection_error     opening or reaching the database failed
//       │   └── connection_lost  an open session died (killed, server restarted, network)
//       ├── constraint_violation
//       │   ├── unique_violation
//       │   ├── foreign_key_violation
//       │   ├── not_null_violation
//       │   └── check_violation
//       ├── transaction_conflict another transaction got in the way; retryable()
//       │   ├── deadlock
//       │   └── serialization_failure
//       ├── timeout_error        a statement or lock wait ran out of time
//       ├── value_rejected       a value the column cannot take: not valid text, not a number
//       │   └── value_out_of_range  text longer than the column, a number beyond its type
//       ├── storage_error        the database cannot use its storage: read-only, corrupt
//       │   └── storage_full     the disk, or the database's size limit, is full
//       └── programming_error    the SQL is wrong: unknown table or column, bad types
//           └── syntax_error
// (pool_timeout, in pool_options.hpp, is an error too: no connection came free in time.)
//
// Messages carry the SQL text but never bound values, which may be secrets.
#include <stdexcept>
#include <string>
#include <string_view>

namespace quarry {

class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class usage_error : public error {
public:
    using error::error;
};

namespace detail {
// Throws usage_error: out of line, so that code instantiated for every statement type
// carries a call, not the construction of an exception.
[[noreturn, gnu::cold]] void throw_usage_error(const char* message);
}  // namespace detail

class data_error : public error {
public:
    data_error(std::string_view problem, std::string_view column, std::string_view sql);
    const std::string& column() const noexcept { return column_; }
    const std::string& sql() const noexcept { return sql_; }

private:
    std::string column_;
    std::string sql_;
};

class null_value_error : public data_error {
public:
    using data_error::data_error;
};

class type_mismatch_error : public data_error {
public:
    using data_error::data_error;
};

class database_error : public error {
public:
    // `backend` names the dialect; `native_code` is its error code; `sqlstate` is empty
    // where the backend has none.
    database_error(std::string_view backend, int native_code, std::string_view sqlstate, std::string_view message,
                   std::string_view sql);
    int native_code() const noexcept { return native_code_; }
    const std::string& sqlstate() const noexcept { return sqlstate_; }
    const std::string& sql() const noexcept { return sql_; }
    // True when running the same transaction again may succeed (see retry_on_conflict).
    virtual bool retryable() const noexcept { return false; }

private:
    int native_code_;
    std::string sqlstate_;
    std::string sql_;
};

class connection_error : public database_error {
public:
    using database_error::database_error;
};

class connection_lost : public connection_error {
public:
    using connection_error::connection_error;
};

class constraint_violation : public database_error {
public:
    using database_error::database_error;
};

class unique_violation : public constraint_violation {
public:
    using constraint_violation::constraint_violation;
};

class foreign_key_violation : public constraint_violation {
public:
    using constraint_violation::constraint_violation;
};

class not_null_violation : public constraint_violation {
public:
    using constraint_violation::constraint_violation;
};

class check_violation : public constraint_violation {
public:
    using constraint_violation::constraint_violation;
};

// The backend rolled the transaction back (or refused to go on) because another one
// conflicted with it. SQLite's "database is locked", once busy_timeout has passed, is one.
class transaction_conflict : public database_error {
public:
    using database_error::database_error;
    bool retryable() const noexcept override { return true; }
};

class deadlock : public transaction_conflict {
public:
    using transaction_conflict::transaction_conflict;
};

class serialization_failure : public transaction_conflict {
public:
    using transaction_conflict::transaction_conflict;
};

class timeout_error : public database_error {
public:
    using database_error::database_error;
};

// SQLSTATE class 22 ("data exception"): the server refused a value written or computed,
// such as invalid UTF-8 or a division by zero.
class value_rejected : public database_error {
public:
    using database_error::database_error;
};

// Text over the column's declared size (VARCHAR(n), in MySQL's strict mode too) or a
// number beyond the column's type: SQLSTATE 22001 and 22003.
class value_out_of_range : public value_rejected {
public:
    using value_rejected::value_rejected;
};

// The database could not read or write its files: SQLite's read-only, corrupt or failing
// file; the server's disk. Nothing of the failed statement was written.
class storage_error : public database_error {
public:
    using database_error::database_error;
};

class storage_full : public storage_error {
public:
    using storage_error::storage_error;
};

class programming_error : public database_error {
public:
    using database_error::database_error;
};

class syntax_error : public programming_error {
public:
    using programming_error::programming_error;
};

}  // namespace quarry
