#pragma once
// quarry::source_location is std::source_location where the standard library has it.
// libstdc++ 12 offers it only with a compiler builtin that clang gained in version 15,
// so with clang 14 (Debian 12's) it is this stand-in, made of the older builtins that
// both compilers have: the members Quarry uses, with the same meaning.
#include <version>

#if defined(__cpp_lib_source_location)
#include <source_location>

namespace quarry {
using source_location = std::source_location;
}  // namespace quarry
#else
#include <cstdint>

namespace quarry {
class source_location {
public:
    static constexpr source_location current(const char* file = __builtin_FILE(),
                                             const char* function = __builtin_FUNCTION(),
                                             std::uint_least32_t line = __builtin_LINE()) noexcept {
        source_location here;
        here.file_ = file;
        here.function_ = function;
        here.line_ = line;
        return here;
    }

    constexpr source_location() noexcept = default;
    constexpr const char* file_name() const noexcept { return file_; }
    constexpr const char* function_name() const noexcept { return function_; }
    constexpr std::uint_least32_t line() const noexcept { return line_; }
    constexpr std::uint_least32_t column() const noexcept { return 0; }

private:
    const char* file_ = "";
    const char* function_ = "";
    std::uint_least32_t line_ = 0;
};
}  // namespace quarry
#endif
