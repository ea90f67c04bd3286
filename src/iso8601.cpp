#include "quarry/core/iso8601.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace quarry::iso8601 {

namespace {
// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> read_number(std::string_view text, std::size_t pos, std::size_t digits) {
    if (pos + digits > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<date> read_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto year = read_number(text, 0, 4);
    auto month = read_number(text, 5, 2);
    auto day = read_number(text, 8, 2);
    if (!year || !month || !day) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{*year}, std::chrono::month(static_cast<unsigned>(*month)),
                                    std::chrono::day(static_cast<unsigned>(*day))};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd};
}
}  // namespace

std::string format(date value) {
    const std::chrono::year_month_day ymd{value};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

std::string format(timestamp value) {
    const auto day = std::chrono::floor<std::chrono::days>(value);
    const std::chrono::hh_mm_ss<std::chrono::microseconds> time{value - day};
    std::string text = format(date{day});
    char clock[24];
    std::snprintf(clock, sizeof clock, " %02d:%02d:%02d.%06lld", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()),
                  static_cast<long long>(time.subseconds().count()));
    return text + clock;
}

std::optional<date> parse_date(std::string_view text) {
    if (text.size() != 10) return std::nullopt;
    return read_date(text);
}

std::optional<timestamp> parse_timestamp(std::string_view text) {
    auto day = read_date(text);
    if (!day) return std::nullopt;
    if (text.size() == 10) return timestamp{*day};
    if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    auto hours = read_number(text, 11, 2);
    auto minutes = read_number(text, 14, 2);
    auto seconds = read_number(text, 17, 2);
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59) return std::nullopt;
    long long micros = 0;
    std::size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        const std::size_t first = ++pos;
        long long scale = 100000;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (pos - first < 6) micros += (text[pos] - '0') * scale, scale /= 10;
            ++pos;
        }
        if (pos == first) return std::nullopt;
    }
    if (pos == text.size() - 1 && text[pos] == 'Z') ++pos;
    if (pos != text.size()) return std::nullopt;
    return timestamp{*day} + std::chrono::hours(*hours) + std::chrono::minutes(*minutes) +
           std::chrono::seconds(*seconds) + std::chrono::microseconds(micros);
}

}  // namespace quarry::iso8601
