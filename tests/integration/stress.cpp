// 10,000 rows with every value type, written in one transaction (multi-row inserts
// of 500 rows, then prepared single-row inserts) and read back identically on every
// backend. The values are pseudo-random but fixed (a seeded generator): integers over
// their whole range, doubles from random bit patterns (denormals and extremes
// included, only NaN and infinity left out), text with 1- to 4-byte UTF-8, quotes and
// backslashes, blobs with NUL bytes and empty ones, dates and timestamps with
// microseconds from year 1000 to 9999, and a NULL in every column every 11th row.
//
// Decimals are DECIMAL(18, 4). MariaDB and PostgreSQL keep the declared scale, so the
// text read back is the text written ("12.5000"). SQLite has no decimal type: NUMERIC
// affinity stores a number as INTEGER or REAL, which drops trailing zeros ("12.5",
// "3") and keeps only 15 significant digits; there the values have at most 15 digits
// and compare after trailing zeros are removed.
#include <catch2/catch.hpp>

#include <bit>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using namespace std::chrono;

QUARRY_TABLE(stress_rows,
    (id,      std::int64_t,                     primary_key),
    (small,   std::optional<std::int32_t>),
    (big,     std::optional<std::int64_t>),
    (ratio,   std::optional<double>),
    (flag,    std::optional<bool>),
    (label,   std::optional<std::string>),
    (payload, std::optional<quarry::blob>),
    (day,     std::optional<quarry::date>),
    (moment,  std::optional<quarry::timestamp>),
    (amount,  std::optional<quarry::decimal>,   precision(18, 4)),
    (hits,    std::optional<std::uint32_t>));

namespace {
constexpr std::int64_t row_count = 10'000;
constexpr std::int64_t batched_rows = 7'000;  // the rest go in one by one, prepared
constexpr std::int64_t batch_size = 500;

struct stress_row {
    std::int64_t id = 0;
    std::optional<std::int32_t> small;
    std::optional<std::int64_t> big;
    std::optional<double> ratio;
    std::optional<bool> flag;
    std::optional<std::string> label;
    std::optional<blob> payload;
    std::optional<date> day;
    std::optional<timestamp> moment;
    std::optional<decimal> amount;
    std::optional<std::uint32_t> hits;
};

// Column k of row i is NULL when i % 11 == k.
template <class T>
std::optional<T> unless_null(std::int64_t i, int column, T value) {
    if (i % 11 == column) return std::nullopt;
    return value;
}

std::string random_text(std::mt19937_64& random, std::int64_t i) {
    static const char* const pieces[] = {"a", "Z", "0", " ", "'", "\"", "\\", "%", "_", "`", "\t", "\n",
                                         "é", "ß", "Ω", "日", "本", "€", "😀", "🎉", "𝄞"};
    const std::size_t count = i % 1000 == 1 ? 20'000 : random() % 40;  // now and then a long one
    std::string text;
    for (std::size_t n = 0; n != count; ++n) text += pieces[random() % std::size(pieces)];
    return text;
}

blob random_blob(std::mt19937_64& random) {
    blob bytes(random() % 64);  // empty one time in 64: empty, not NULL
    for (std::byte& b : bytes) b = static_cast<std::byte>(random() % 4 == 0 ? 0 : random());
    return bytes;
}

double random_double(std::mt19937_64& random) {
    for (;;) {
        const double value = std::bit_cast<double>(random());
        if (std::isfinite(value)) return value;
    }
}

// n / 10^4 written with exactly 4 fraction digits: 123456 -> "12.3456", -5 -> "-0.0005".
decimal scaled_by_4(std::int64_t n) {
    const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    std::string fraction = std::to_string(magnitude % 10'000);
    fraction.insert(0, 4 - fraction.size(), '0');
    return decimal((n < 0 ? "-" : "") + std::to_string(magnitude / 10'000) + "." + fraction);
}

// "12.5000" -> "12.5", "3.0000" -> "3", "-0.0000" -> "0": the number as SQLite keeps it.
std::string without_trailing_zeros(std::string text) {
    if (text.find('.') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

std::vector<stress_row> generate(std::int64_t max_decimal_digits) {
    std::mt19937_64 random{20240229};
    std::int64_t decimal_limit = 1;
    for (std::int64_t d = 0; d != max_decimal_digits; ++d) decimal_limit *= 10;
    const auto first_day = sys_days{1000y / January / 1}.time_since_epoch().count();
    const auto last_day = sys_days{9999y / December / 31}.time_since_epoch().count();
    const auto first_moment = timestamp{sys_days{1000y / January / 1}}.time_since_epoch().count();
    const auto last_moment = (timestamp{sys_days{9999y / December / 31}} + 24h - 1us).time_since_epoch().count();
    std::vector<stress_row> rows;
    for (std::int64_t i = 1; i <= row_count; ++i) {
        stress_row r;
        r.id = i;
        r.small = unless_null(i, 0, static_cast<std::int32_t>(static_cast<std::uint32_t>(random())));
        r.big = unless_null(i, 1, static_cast<std::int64_t>(random()));
        r.ratio = unless_null(i, 2, random_double(random));
        r.flag = unless_null(i, 3, random() % 2 == 0);
        r.label = unless_null(i, 4, random_text(random, i));
        r.payload = unless_null(i, 5, random_blob(random));
        r.day = unless_null(i, 6, date{days{std::uniform_int_distribution<std::int64_t>(first_day, last_day)(random)}});
        r.moment = unless_null(
            i, 7, timestamp{microseconds{std::uniform_int_distribution<std::int64_t>(first_moment, last_moment)(random)}});
        r.amount = unless_null(
            i, 8, scaled_by_4(std::uniform_int_distribution<std::int64_t>(-(decimal_limit - 1), decimal_limit - 1)(random)));
        r.hits = unless_null(i, 9, static_cast<std::uint32_t>(random()));
        rows.push_back(std::move(r));
    }
    // The limits themselves, in rows without NULLs (i % 11 == 10).
    rows[9].small = INT32_MIN;
    rows[9].big = INT64_MIN;
    rows[9].hits = UINT32_MAX;
    rows[20].small = INT32_MAX;
    rows[20].big = INT64_MAX;
    rows[20].hits = 0;
    rows[20].amount = scaled_by_4(decimal_limit - 1);
    rows[31].amount = scaled_by_4(-(decimal_limit - 1));
    return rows;
}
}  // namespace

TEMPLATE_TEST_CASE("10,000 rows of every type go in, in batches and one by one, and come back unchanged", "[stress]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    const std::vector<stress_row> rows = generate(is_sqlite<TestType> ? 15 : 18);
    db(create_table(stress_rows));
    {
        auto tx = db.begin();
        for (std::int64_t start = 0; start < batched_rows; start += batch_size) {
            auto batch = insert_into(stress_rows).columns(
                stress_rows.id, stress_rows.small, stress_rows.big, stress_rows.ratio, stress_rows.flag,
                stress_rows.label, stress_rows.payload, stress_rows.day, stress_rows.moment, stress_rows.amount,
                stress_rows.hits);
            for (std::int64_t i = start; i != start + batch_size; ++i) {
                const stress_row& r = rows[static_cast<std::size_t>(i)];
                batch.values(r.id, r.small, r.big, r.ratio, r.flag, r.label, r.payload, r.day, r.moment, r.amount,
                             r.hits);
            }
            CHECK(db(batch).rows_affected == batch_size);
        }
        auto one = db.prepare(insert_into(stress_rows).set(
            stress_rows.id = parameter<"id">(stress_rows.id), stress_rows.small = parameter<"small">(stress_rows.small),
            stress_rows.big = parameter<"big">(stress_rows.big), stress_rows.ratio = parameter<"ratio">(stress_rows.ratio),
            stress_rows.flag = parameter<"flag">(stress_rows.flag), stress_rows.label = parameter<"label">(stress_rows.label),
            stress_rows.payload = parameter<"payload">(stress_rows.payload),
            stress_rows.day = parameter<"day">(stress_rows.day), stress_rows.moment = parameter<"moment">(stress_rows.moment),
            stress_rows.amount = parameter<"amount">(stress_rows.amount),
            stress_rows.hits = parameter<"hits">(stress_rows.hits)));
        for (std::int64_t i = batched_rows; i != row_count; ++i) {
            const stress_row& r = rows[static_cast<std::size_t>(i)];
            one.template set<"id">(r.id).template set<"small">(r.small).template set<"big">(r.big)
                .template set<"ratio">(r.ratio).template set<"flag">(r.flag).template set<"label">(r.label)
                .template set<"payload">(r.payload).template set<"day">(r.day).template set<"moment">(r.moment)
                .template set<"amount">(r.amount).template set<"hits">(r.hits);
            REQUIRE(db(one).rows_affected == 1);
        }
        tx.commit();
    }

    // Mismatches are collected, not checked one by one: 10,000 rows would drown the report.
    std::vector<std::string> mismatches;
    auto expect = [&](bool same, std::int64_t id, const char* column) {
        if (!same && mismatches.size() < 20) mismatches.push_back("row " + std::to_string(id) + ": " + column);
    };
    auto same_amount = [&](const std::optional<decimal>& read, const std::optional<decimal>& written) {
        if (!read || !written) return read.has_value() == written.has_value();
        if constexpr (is_sqlite<TestType>) return read->str() == without_trailing_zeros(written->str());
        else return *read == *written;
    };
    std::size_t seen = 0;
    for (const auto& row : db(select(all_of(stress_rows)).from(stress_rows).order_by(stress_rows.id.asc()))) {
        REQUIRE(seen < rows.size());
        const stress_row& r = rows[seen++];
        expect(row.id == r.id, r.id, "id");
        expect(row.small == r.small, r.id, "small");
        expect(row.big == r.big, r.id, "big");
        expect(row.ratio == r.ratio, r.id, "ratio");
        expect(row.flag == r.flag, r.id, "flag");
        expect(row.label == r.label, r.id, "label");
        expect(row.payload == r.payload, r.id, "payload");
        expect(row.day == r.day, r.id, "day");
        expect(row.moment == r.moment, r.id, "moment");
        expect(same_amount(row.amount, r.amount), r.id, "amount");
        expect(row.hits == r.hits, r.id, "hits");
    }
    CHECK(seen == rows.size());
    CHECK(mismatches == std::vector<std::string>{});  // on failure, lists the first 20
}
