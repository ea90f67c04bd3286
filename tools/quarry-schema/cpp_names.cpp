#include "cpp_names.hpp"

#include <algorithm>
#include <iterator>

namespace quarry_schema {

namespace {

// C++20's keywords and alternative tokens, and the standard library's object-like macros
// that a plain name could meet in a header.
constexpr std::string_view unusable_names[] = {
    "alignas",      "alignof",     "and",          "and_eq",      "asm",       "auto",         "bitand",
    "bitor",        "bool",        "break",        "case",        "catch",     "char",         "char8_t",
    "char16_t",     "char32_t",    "class",        "compl",       "concept",   "const",        "consteval",
    "constexpr",    "constinit",   "const_cast",   "continue",    "co_await",  "co_return",    "co_yield",
    "decltype",     "default",     "delete",       "do",          "double",    "dynamic_cast", "else",
    "enum",         "explicit",    "export",       "extern",      "false",     "float",        "for",
    "friend",       "goto",        "if",           "inline",      "int",       "long",         "mutable",
    "namespace",    "new",         "noexcept",     "not",         "not_eq",    "nullptr",      "operator",
    "or",           "or_eq",       "private",      "protected",   "public",    "register",     "reinterpret_cast",
    "requires",     "return",      "short",        "signed",      "sizeof",    "static",       "static_assert",
    "static_cast",  "struct",      "switch",       "template",    "this",      "thread_local", "throw",
    "true",         "try",         "typedef",      "typeid",      "typename",  "union",        "unsigned",
    "using",        "virtual",     "void",         "volatile",    "wchar_t",   "while",        "xor",
    "xor_eq",       "NULL",        "EOF",          "errno",       "assert",    "stdin",        "stdout",
    "stderr",       "offsetof"};

bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::string cpp_identifier(std::string_view sql_name) {
    std::string name;
    for (char c : sql_name) {
        const char kept = is_identifier_char(c) ? c : '_';
        if (kept == '_' && (name.empty() || name.back() == '_')) continue;  // no leading or double underscore
        name += kept;
    }
    if (!name.empty() && name.back() == '_') name.pop_back();
    if (name.empty()) return "unnamed";
    if (name.front() >= '0' && name.front() <= '9') return "n_" + name;
    if (std::ranges::find(unusable_names, name) != std::end(unusable_names)) name += '_';
    return name;
}

identifier_scope identifier_scope::for_columns() {
    // quarry::table's own members (schema/table.hpp), and quarry_field, the member template
    // of each column's spec, which a column of that name would clash with.
    return identifier_scope({"definition", "sql_name", "is_aliased", "reference_name", "as", "provided_tables",
                             "tables", "parameters", "is_dynamic", "render", "quarry_field", "quarry_columns"},
                            "");
}

identifier_scope identifier_scope::for_tables() { return identifier_scope({"std", "quarry", "boost"}, "_definition"); }

bool identifier_scope::is_free(const std::string& name) const {
    return !taken_.contains(name) && (companion_suffix_.empty() || !taken_.contains(name + companion_suffix_));
}

std::string identifier_scope::claim(std::string_view sql_name) {
    const std::string base = cpp_identifier(sql_name);
    std::string name = base;
    for (int n = 2; !is_free(name); ++n) name = base + "_" + std::to_string(n);
    taken_.insert(name);
    if (!companion_suffix_.empty()) taken_.insert(name + companion_suffix_);
    return name;
}

}  // namespace quarry_schema
