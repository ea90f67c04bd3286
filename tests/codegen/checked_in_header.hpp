#pragma once
// Compares quarry-schema's output with a header checked in under tests/codegen, which
// compiled tests include, so that what they compile is what the generator writes today.
// On a difference the new text goes into the build directory, and the failure shows the
// first line that differs and the command that accepts the new header; the test goes on,
// to run what it compiled.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sql_script.hpp"

namespace codegen_test {

inline const std::filesystem::path source_dir = CODEGEN_SOURCE_DIR;

inline std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream a(expected);
    std::istringstream b(actual);
    std::string left;
    std::string right;
    for (int line = 1;; ++line) {
        const bool more_left = static_cast<bool>(std::getline(a, left));
        const bool more_right = static_cast<bool>(std::getline(b, right));
        if (!more_left && !more_right) return "they differ only in their last line's end";
        if (left != right || more_left != more_right)
            return "line " + std::to_string(line) + ":\n  checked in: " + (more_left ? left : "(end)") +
                   "\n  generated:  " + (more_right ? right : "(end)");
    }
}

inline void check_checked_in(const std::string& generated, const std::string& relative_path) {
    const std::filesystem::path checked_in_path = source_dir / relative_path;
    const std::string checked_in =
        std::filesystem::exists(checked_in_path) ? read_text_file(checked_in_path) : std::string();
    if (generated == checked_in) return;
    const std::filesystem::path new_path = std::filesystem::current_path() / "codegen-generated" / relative_path;
    std::filesystem::create_directories(new_path.parent_path());
    std::ofstream(new_path, std::ios::binary) << generated;
    FAIL_CHECK("quarry-schema now writes another " << relative_path << " than the one checked in, at "
                                             << first_difference(checked_in, generated)
                                             << "\nIf the new one is right: cp " << new_path << " "
                                             << checked_in_path);
}

}  // namespace codegen_test
