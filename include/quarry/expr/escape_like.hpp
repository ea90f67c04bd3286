#pragma once
// Makes text match itself in a LIKE pattern: escape_like("50%_off") is "50\%\_off".
//   users.name.like(escape_like(prefix) + "%")     names starting with `prefix`
// Quarry renders every LIKE with ESCAPE '\', so this works on every dialect.
#include <string>
#include <string_view>

namespace quarry {

inline std::string escape_like(std::string_view text) {
    std::string pattern;
    pattern.reserve(text.size());
    for (char c : text) {
        if (c == '\\' || c == '%' || c == '_') pattern += '\\';
        pattern += c;
    }
    return pattern;
}

}  // namespace quarry
