#pragma once
// The shared printer. A dialect derives from it and redefines only what differs:
// identifier quoting, placeholders, function spellings, type names, capabilities.
#include <cstdint>
#include <string>
#include <string_view>

#include "quarry/expr/expression.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry {

struct standard_dialect {
    // "name", with embedded quotes doubled.
    static constexpr void quote_identifier(std::string& out, std::string_view name) {
        out += '"';
        for (char c : name) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }

    static constexpr void placeholder(std::string& out, int /*index*/) { out += '?'; }

    static constexpr std::string_view character_length_function = "LENGTH";

    // a || b || c
    template <class W, class... Args>
    static constexpr void render_concat(W& w, const Args&... args) {
        bool first = true;
        ((first ? void(first = false) : w.write(" || "), render_operand(w, args, precedence::atom)), ...);
    }

    static constexpr std::string_view boolean_literal(bool value) { return value ? "TRUE" : "FALSE"; }

    // Every feature is available unless a dialect says otherwise.
    template <class Feature>
    static constexpr bool supports = true;
};

}  // namespace quarry
