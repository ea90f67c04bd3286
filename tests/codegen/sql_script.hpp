#pragma once
// The statements of an SQL script such as Chinook's, to run one at a time with
// execute_sql: split at semicolons outside quoted text and comments, and without the
// script's own database handling (DROP/CREATE DATABASE, USE, psql's \c), since a test
// loads the script into a database of its own.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace codegen_test {

// MySQL's scripts escape with backslashes inside quoted text; standard SQL does not.
enum class script_quoting { standard, backslash_escapes };

std::vector<std::string> script_statements(std::string_view script, script_quoting quoting);

std::string read_text_file(const std::filesystem::path& path);

}  // namespace codegen_test
