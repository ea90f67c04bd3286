#pragma once
// The injection corpus, tests/security/injection_payloads.txt, read into bytes. The
// file's format is said at its top: one payload a line, # comments, and the escapes
// \\ \n \r \t \xNN, so control bytes and invalid UTF-8 are written as text.
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <quarry/render/identifier_rules.hpp>

struct payload {
    std::string line;   // as written in the file, printable: for messages
    std::string bytes;  // what the test sends
};

inline std::string unescape_payload(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] != '\\') {
            out += line[i];
            continue;
        }
        if (++i == line.size()) throw std::runtime_error("a payload ends in a lone backslash: " + std::string(line));
        switch (line[i]) {
            case '\\': out += '\\'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'x':
                if (i + 2 >= line.size()) throw std::runtime_error("a short \\x escape: " + std::string(line));
                out += static_cast<char>(std::stoi(std::string(line.substr(i + 1, 2)), nullptr, 16));
                i += 2;
                break;
            default: throw std::runtime_error("an unknown escape in payload: " + std::string(line));
        }
    }
    return out;
}

// QUARRY_INJECTION_PAYLOADS is the file's path, given by meson.
inline const std::vector<payload>& injection_payloads() {
    static const std::vector<payload> payloads = [] {
        std::ifstream file(QUARRY_INJECTION_PAYLOADS);
        if (!file) throw std::runtime_error("cannot read " + std::string(QUARRY_INJECTION_PAYLOADS));
        std::vector<payload> read;
        for (std::string line; std::getline(file, line);)
            if (!line.empty() && line.front() != '#') read.push_back({line, unescape_payload(line)});
        return read;
    }();
    return payloads;
}

inline bool is_valid_utf8(std::string_view text) {
    return quarry::detail::utf8_characters(text) != std::string_view::npos;
}
