// Every value type round-trips unchanged on every backend: integers at their limits,
// doubles, booleans, text (empty, quoted, 4-byte UTF-8), blobs (empty is not NULL),
// dates and timestamps with microseconds, and NULL. Text with a NUL byte is the one
// difference: PostgreSQL's text cannot hold one.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace quarry;
using namespace std::chrono;
using namespace std::string_literals;

namespace {
// One samples row written with these values, read back whole, in a fresh database.
template <class Backend>
auto round_trip(std::int32_t small, double ratio, bool flag, const std::string& label,
                const std::optional<blob>& payload, const std::optional<date>& day,
                const std::optional<timestamp>& moment, const std::optional<std::string>& quoted) {
    auto db = Backend::open();
    db(create_table(samples));
    db(insert_into(samples).set(samples.small = small, samples.ratio = ratio, samples.flag = flag,
                                samples.label = label, samples.payload = payload, samples.day = day,
                                samples.moment = moment, samples.quoted = quoted));
    return db(select(all_of(samples)).from(samples)).one();
}
}  // namespace

TEMPLATE_TEST_CASE("every column type round-trips, NULLs included", "[types]", QUARRY_BACKENDS) {
    const blob bytes{std::byte{0x00}, std::byte{0xff}, std::byte{0x27}, std::byte{0x00}};
    const date leap_day = sys_days{2024y / February / 29};
    const timestamp moment = sys_days{2024y / February / 29} + 23h + 59min + 59s + 123456us;
    auto row = round_trip<TestType>(-5, 0.1, true, "it's \"quoted\" \\ `back`", bytes, leap_day, moment, "say hi");
    CHECK(row.small == -5);
    CHECK(row.ratio == 0.1);
    CHECK(row.flag == true);
    CHECK(row.label == "it's \"quoted\" \\ `back`");
    CHECK(row.payload == bytes);
    CHECK(row.day == leap_day);
    CHECK(row.moment == moment);
    CHECK(row.quoted == "say hi");

    auto nulls = round_trip<TestType>(0, 0, false, "", std::nullopt, std::nullopt, std::nullopt, std::nullopt);
    CHECK(nulls.flag == false);
    CHECK(nulls.label == "");
    CHECK(nulls.payload == std::nullopt);
    CHECK(nulls.day == std::nullopt);
    CHECK(nulls.moment == std::nullopt);
    CHECK(nulls.quoted == std::nullopt);
}

TEMPLATE_TEST_CASE("an empty blob stays an empty blob, not NULL", "[types]", QUARRY_BACKENDS) {
    auto row = round_trip<TestType>(0, 0, false, "", blob{}, std::nullopt, std::nullopt, std::nullopt);
    REQUIRE(row.payload.has_value());
    CHECK(row.payload->empty());
}

TEMPLATE_TEST_CASE("int32 round-trips at its limits", "[types]", QUARRY_BACKENDS) {
    CHECK(round_trip<TestType>(std::numeric_limits<std::int32_t>::min(), 0, false, "", {}, {}, {}, {}).small ==
          std::numeric_limits<std::int32_t>::min());
    CHECK(round_trip<TestType>(std::numeric_limits<std::int32_t>::max(), 0, false, "", {}, {}, {}, {}).small ==
          std::numeric_limits<std::int32_t>::max());
}

TEMPLATE_TEST_CASE("int64 round-trips at its limits", "[types]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(employees));
    db(insert_into(employees).set(employees.id = std::numeric_limits<std::int64_t>::min(), employees.name = "min"));
    db(insert_into(employees).set(employees.id = std::numeric_limits<std::int64_t>::max(), employees.name = "max"));
    CHECK(first_fields(db(select(employees.id).from(employees).order_by(employees.id.asc()))) ==
          std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()});
}

TEMPLATE_TEST_CASE("doubles round-trip exactly, whole numbers and extremes included", "[types]", QUARRY_BACKENDS) {
    for (double value : {0.1, -1e300, 2.0, 5e-324, std::numeric_limits<double>::max(), -0.0}) {
        CHECK(round_trip<TestType>(0, value, false, "", {}, {}, {}, {}).ratio == value);
    }
}

TEMPLATE_TEST_CASE("text round-trips byte for byte: UTF-8 of every width", "[types]", QUARRY_BACKENDS) {
    for (const std::string& text : {"héllo wörld"s, "日本語"s, "😀🎉 4-byte"s, ""s, std::string(100'000, 'x') + "😀"}) {
        CHECK(round_trip<TestType>(0, 0, false, text, {}, {}, {}, {}).label == text);
    }
}

TEMPLATE_TEST_CASE("text with a NUL byte round-trips, except on PostgreSQL, which refuses it", "[types]",
                   QUARRY_BACKENDS) {
    if constexpr (is_postgresql<TestType>) {
        CHECK_THROWS_AS(round_trip<TestType>(0, 0, false, "a\0b"s, {}, {}, {}, {}), database_error);
    } else {
        CHECK(round_trip<TestType>(0, 0, false, "a\0b"s, {}, {}, {}, {}).label == "a\0b"s);
    }
}

TEMPLATE_TEST_CASE("dates and timestamps round-trip, before 1970 and with every microsecond digit", "[types]",
                   QUARRY_BACKENDS) {
    const std::vector<timestamp> moments{
        sys_days{1970y / January / 1} + 0us,
        sys_days{1969y / December / 31} + 23h + 59min + 59s + 999999us,
        sys_days{1999y / December / 31} + 23h + 59min + 59s + 999999us,
        sys_days{2000y / January / 1} + 1us,
        sys_days{1066y / October / 14} + 9h + 1us,
        sys_days{9999y / December / 31} + 23h + 59min + 59s + 999999us,
    };
    for (const timestamp& moment : moments) {
        const date day = floor<days>(moment);
        auto row = round_trip<TestType>(0, 0, false, "", {}, day, moment, {});
        CHECK(row.day == day);
        CHECK(row.moment == moment);
    }
}

TEMPLATE_TEST_CASE("dates and timestamps compare chronologically in SQL", "[types]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));
    for (int year : {2023, 1999, 2024}) {
        const date day = sys_days{std::chrono::year{year} / 6 / 1};
        db(insert_into(samples).set(samples.day = day, samples.moment = timestamp{day} + 90min));
    }
    CHECK(first_fields(db(select(samples.day).from(samples).where(samples.day > sys_days{2000y / January / 1})
                              .order_by(samples.day.asc()))) ==
          std::vector<std::optional<date>>{sys_days{2023y / June / 1}, sys_days{2024y / June / 1}});
    const timestamp from = sys_days{1999y / June / 1} + 1h, to = sys_days{2023y / June / 1} + 2h;
    CHECK(get<0>(db(select(count()).from(samples).where(samples.moment.between(from, to))).one()) == 2);
}

TEMPLATE_TEST_CASE("a quoted table name and quoted column names work end to end", "[types]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));  // table "sample rows", columns "select" and "say ""hi"""
    db(insert_into(samples).set(samples.label = "x", samples.quoted = "y"));
    db(update(samples).set(samples.quoted = concat(samples.label, "!")).where(samples.label == "x"));
    auto row = db(select(samples.label, samples.quoted).from(samples)).one();
    CHECK(row.label == "x");
    CHECK(row.quoted == "x!");
}

TEMPLATE_TEST_CASE("a bool compares with true and false", "[types]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(samples));
    db(insert_into(samples).set(samples.flag = true, samples.label = "on"));
    db(insert_into(samples).set(samples.flag = false, samples.label = "off"));
    CHECK(first_fields(db(select(samples.label).from(samples).where(samples.flag == true))) ==
          std::vector<std::string>{"on"});
    CHECK(first_fields(db(select(samples.label).from(samples).where(!(samples.flag == true)))) ==
          std::vector<std::string>{"off"});
}
