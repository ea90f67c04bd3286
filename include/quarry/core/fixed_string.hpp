#pragma once
// A string usable as a template argument, so SQL names live in types.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace quarry {

template <std::size_t N>
struct fixed_string {
    char chars[N + 1]{};

    constexpr fixed_string(const char (&text)[N + 1]) { std::copy_n(text, N + 1, chars); }

    constexpr std::string_view view() const { return {chars, N}; }
    static constexpr std::size_t size() { return N; }

    template <std::size_t M>
    constexpr bool operator==(const fixed_string<M>& other) const {
        return view() == other.view();
    }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

}  // namespace quarry
