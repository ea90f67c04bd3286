#pragma once
// The text buffer a static statement renders into at compile time. It offers the part of
// std::string's interface that the writers use, each append a plain loop: g++'s constant
// evaluator runs std::string::push_back as about ten calls per character, and that was
// half the compiler's work on a statement's text.
#include <array>
#include <cstddef>
#include <string_view>

namespace quarry::detail {

template <std::size_t Capacity>
class static_text {
public:
    constexpr void push_back(char c) {
        if (length_ < Capacity) chars_[length_] = c;
        ++length_;  // past Capacity it only counts, so that the caller can say the text is too long
    }
    constexpr static_text& operator+=(char c) {
        push_back(c);
        return *this;
    }
    constexpr void append(const char* s, std::size_t n) {
        const std::size_t room = length_ < Capacity ? Capacity - length_ : 0;
        for (std::size_t i = 0; i != n && i != room; ++i) chars_[length_ + i] = s[i];
        length_ += n;
    }
    constexpr void append(std::string_view s) { append(s.data(), s.size()); }

    // Characters written, or that would have been past Capacity.
    constexpr std::size_t size() const { return length_; }
    constexpr bool fits() const { return length_ <= Capacity; }
    constexpr const char* data() const { return chars_.data(); }

private:
    std::array<char, Capacity> chars_{};
    std::size_t length_ = 0;
};

template <std::size_t Capacity>
constexpr void append_text(static_text<Capacity>& out, std::string_view text) {
    out.append(text);
}

}  // namespace quarry::detail
