#include "quarry/engine/error.hpp"

#include <string>

namespace quarry {

namespace {
std::string describe_data_error(std::string_view problem, std::string_view column, std::string_view sql) {
    std::string text = "quarry: ";
    text += problem;
    text += " in column '";
    text += column;
    text += "' of: ";
    text += sql;
    return text;
}

std::string describe_database_error(std::string_view backend, int native_code, std::string_view sqlstate,
                                    std::string_view message, std::string_view sql) {
    std::string text = "quarry: ";
    text += backend;
    text += " error ";
    text += std::to_string(native_code);
    if (!sqlstate.empty()) {
        text += " (SQLSTATE ";
        text += sqlstate;
        text += ')';
    }
    text += ": ";
    text += message;
    if (!sql.empty()) {
        text += " in: ";
        text += sql;
    }
    return text;
}
}  // namespace

data_error::data_error(std::string_view problem, std::string_view column, std::string_view sql)
    : error(describe_data_error(problem, column, sql)), column_(column), sql_(sql) {}

database_error::database_error(std::string_view backend, int native_code, std::string_view sqlstate,
                               std::string_view message, std::string_view sql)
    : error(describe_database_error(backend, native_code, sqlstate, message, sql)),
      native_code_(native_code),
      sqlstate_(sqlstate),
      sql_(sql) {}

void detail::throw_usage_error(const char* message) { throw usage_error(message); }

}  // namespace quarry
