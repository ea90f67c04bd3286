#pragma once
// Result rows as text cells, so that Quarry's typed rows and the C APIs' text rows
// can be compared: numbers within a relative tolerance, everything else exactly.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <quarry/result/row.hpp>
#include <quarry/schema/value_types.hpp>

namespace tpch {

using cell = std::optional<std::string>;  // nullopt is SQL NULL
using cell_row = std::vector<cell>;
using cell_rows = std::vector<cell_row>;

inline cell to_cell(const std::string& text) { return text; }
inline cell to_cell(std::int64_t number) { return std::to_string(number); }
inline cell to_cell(double number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", number);
    return buffer;
}
inline cell to_cell(const quarry::date& day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}
template <class T>
cell to_cell(const std::optional<T>& value) {
    return value ? to_cell(*value) : std::nullopt;
}

// Every row of a Quarry result, each field as a cell.
template <class Result>
cell_rows quarry_cells(Result&& result) {
    cell_rows rows;
    for (const auto& row : result) {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            rows.push_back(cell_row{to_cell(quarry::get<I>(row))...});
        }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(row)>>>{});
    }
    return rows;
}

inline std::optional<double> as_number(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    return *end == '\0' ? std::optional<double>(number) : std::nullopt;
}

// Equal text, or numbers equal to a relative 1e-9 (1e-9 absolute near zero).
inline bool same_cell(const cell& a, const cell& b) {
    if (!a || !b) return !a && !b;
    if (*a == *b) return true;
    const auto x = as_number(*a), y = as_number(*b);
    return x && y && std::fabs(*x - *y) <= 1e-9 * std::max({1.0, std::fabs(*x), std::fabs(*y)});
}

inline bool same_rows(const cell_rows& a, const cell_rows& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t r = 0; r < a.size(); ++r) {
        if (a[r].size() != b[r].size()) return false;
        for (std::size_t c = 0; c < a[r].size(); ++c)
            if (!same_cell(a[r][c], b[r][c])) return false;
    }
    return true;
}

inline std::string describe(const cell_rows& rows) {
    std::string out;
    for (const auto& row : rows) {
        for (const auto& value : row) out += (value ? *value : "NULL") + " | ";
        out += "\n";
    }
    return out;
}

}  // namespace tpch
