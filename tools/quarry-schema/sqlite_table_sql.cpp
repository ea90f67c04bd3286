#include "sqlite_table_sql.hpp"

#include <cstddef>

#include "ascii_text.hpp"

namespace quarry_schema {

namespace {

struct token {
    enum class kind { word, quoted_name, string, symbol };
    kind type;
    std::string text;  // a word as written; a quoted name without its quotes; a symbol's character
    std::size_t begin;  // where it starts and ends in the statement
    std::size_t end;
};

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// A quoted name or string from `open`, with the closing quote doubled inside; returns where it ends.
std::size_t skip_quoted(std::string_view sql, std::size_t open, char close, std::string& text) {
    std::size_t i = open + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
                text += close;
                i += 2;
                continue;
            }
            return i + 1;
        }
        text += sql[i++];
    }
    return i;
}

std::vector<token> tokenize(std::string_view sql) {
    std::vector<token> tokens;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        const std::size_t begin = i;
        if (is_space(c)) {
            ++i;
        } else if (sql.substr(i, 2) == "--") {
            const auto newline = sql.find('\n', i);
            i = newline == std::string_view::npos ? sql.size() : newline + 1;
        } else if (sql.substr(i, 2) == "/*") {
            const auto close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? sql.size() : close + 2;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
            std::string text;
            i = skip_quoted(sql, i, c == '[' ? ']' : c, text);
            tokens.push_back({c == '\'' ? token::kind::string : token::kind::quoted_name, text, begin, i});
        } else if (is_word_char(c)) {
            while (i < sql.size() && is_word_char(sql[i])) ++i;
            tokens.push_back({token::kind::word, std::string(sql.substr(begin, i - begin)), begin, i});
        } else {
            ++i;
            tokens.push_back({token::kind::symbol, std::string(1, c), begin, i});
        }
    }
    return tokens;
}

bool is_keyword(const token& t, std::string_view keyword) {
    return t.type == token::kind::word && ascii_upper(t.text) == keyword;
}

bool is_symbol(const token& t, char symbol) { return t.type == token::kind::symbol && t.text[0] == symbol; }

// A definition that is not a column: CONSTRAINT name ..., PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY.
bool is_table_constraint(const token& first) {
    for (std::string_view keyword : {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}) {
        if (is_keyword(first, keyword)) return true;
    }
    return false;
}

// The index of the parenthesis that closes the one at `open`, or tokens.size().
std::size_t closing_parenthesis(const std::vector<token>& tokens, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < tokens.size(); ++i) {
        if (is_symbol(tokens[i], '(')) ++depth;
        if (is_symbol(tokens[i], ')') && --depth == 0) return i;
    }
    return tokens.size();
}

// One column definition or table constraint, tokens [begin, end).
void read_definition(std::string_view sql, const std::vector<token>& tokens, std::size_t begin, std::size_t end,
                     sqlite_table_sql& out) {
    if (begin == end) return;
    const bool constraint = is_table_constraint(tokens[begin]);
    const std::string& column = tokens[begin].text;
    for (std::size_t i = begin; i < end; ++i) {
        if (!constraint && is_keyword(tokens[i], "AUTOINCREMENT")) out.autoincrement_column = column;
        if (is_symbol(tokens[i], '(')) {
            const std::size_t close = closing_parenthesis(tokens, i);
            if (i > begin && is_keyword(tokens[i - 1], "CHECK") && close < end) {
                std::string check(trim(sql.substr(tokens[i].end, tokens[close].begin - tokens[i].end)));
                if (constraint) out.table_checks.push_back(std::move(check));
                else out.column_checks.emplace_back(column, std::move(check));
            }
            i = close;
        }
    }
}

}  // namespace

sqlite_table_sql read_create_table(std::string_view sql) {
    const std::vector<token> tokens = tokenize(sql);
    sqlite_table_sql out;
    // The column list is the first parenthesis, unless AS comes first (CREATE TABLE ... AS SELECT).
    std::size_t open = 0;
    while (open < tokens.size() && !is_symbol(tokens[open], '(')) {
        if (is_keyword(tokens[open], "AS")) return out;
        ++open;
    }
    if (open == tokens.size()) return out;
    const std::size_t close = closing_parenthesis(tokens, open);
    std::size_t definition = open + 1;
    for (std::size_t i = open + 1; i < close; ++i) {
        if (is_symbol(tokens[i], '(')) {
            i = closing_parenthesis(tokens, i);
        } else if (is_symbol(tokens[i], ',')) {
            read_definition(sql, tokens, definition, i, out);
            definition = i + 1;
        }
    }
    read_definition(sql, tokens, definition, close, out);
    return out;
}

}  // namespace quarry_schema
