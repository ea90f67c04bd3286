#pragma once
// An exact decimal number, kept as its text: "-12.50". DECIMAL and NUMERIC columns
// read into it without rounding; arithmetic on it belongs in SQL, or in a decimal
// library the program chooses, which is why Quarry does not pick one.
#include <string>
#include <string_view>

#include "quarry/engine/error.hpp"

namespace quarry {

class decimal {
public:
    constexpr decimal() = default;

    // Takes [-]digits[.digits]; anything else throws usage_error.
    explicit decimal(std::string_view text) : text_(text) {
        if (!well_formed(text)) throw usage_error("quarry: '" + text_ + "' is not a decimal number");
    }

    const std::string& str() const noexcept { return text_; }

    // Equal as written: 1.5 and 1.50 differ, as their scales do.
    friend bool operator==(const decimal&, const decimal&) = default;

    static constexpr bool well_formed(std::string_view text) {
        if (text.starts_with('-')) text.remove_prefix(1);
        bool digits = false;
        bool point = false;
        for (char c : text) {
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && !text.starts_with('.') && !text.ends_with('.');
    }

private:
    std::string text_ = "0";
};

}  // namespace quarry
