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
//       └── constraint_violation
//           ├── unique_violation
//           ├── foreign_key_violation
//           ├── not_null_violation
//           └── check_violation
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

private:
    int native_code_;
    std::string sqlstate_;
    std::string sql_;
};

class connection_error : public database_error {
public:
    using database_error::database_error;
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

}  // namespace quarry
