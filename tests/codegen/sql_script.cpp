#include "sql_script.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace codegen_test {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string upper_start(std::string_view statement, std::size_t length) {
    std::string start(statement.substr(0, length));
    for (char& c : start) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return start;
}

bool handles_databases(std::string_view statement) {
    return upper_start(statement, 14) == "DROP DATABASE " || upper_start(statement, 16) == "CREATE DATABASE " ||
           upper_start(statement, 4) == "USE " || statement.starts_with("\\");
}

}  // namespace

std::vector<std::string> script_statements(std::string_view script, script_quoting quoting) {
    std::vector<std::string> statements;
    std::string current;
    auto finish = [&] {
        std::size_t begin = 0;
        while (begin < current.size() && is_space(current[begin])) ++begin;
        const std::string statement = current.substr(begin);
        if (!statement.empty() && !handles_databases(statement)) statements.push_back(statement);
        current.clear();
    };
    for (std::size_t i = 0; i < script.size(); ++i) {
        const char c = script[i];
        if (script.substr(i, 2) == "--" || script.substr(i, 2) == "/*") {
            const bool line = c == '-';
            const auto end = script.find(line ? "\n" : "*/", i + 2);
            i = end == std::string_view::npos ? script.size() : end + (line ? 0 : 1);
            current += ' ';  // a comment separates the words around it
        } else if (c == '\'' || c == '"' || c == '`') {
            const std::size_t begin = i++;
            while (i < script.size() && script[i] != c) {
                if (script[i] == '\\' && quoting == script_quoting::backslash_escapes) ++i;
                ++i;
            }
            current += script.substr(begin, i + 1 - begin);
        } else if (c == ';') {
            finish();
        } else {
            current += c;
        }
    }
    finish();
    return statements;
}

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace codegen_test
