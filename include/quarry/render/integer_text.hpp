#pragma once
// An integer in decimal, appended to SQL text in a constant expression (std::to_chars
// and std::to_string are not constexpr in g++ 12).
#include <cstdint>

namespace quarry {

template <class Text>
constexpr void append_integer(Text& out, std::int64_t value) {
    // The magnitude as unsigned, so the most negative value has one too.
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    char digits[20];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) out += '-';
    while (count != 0) out += digits[--count];
}

}  // namespace quarry
