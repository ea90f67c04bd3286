// Every value type round-trips through MariaDB's typed binary protocol unchanged:
// integers at their limits, doubles, booleans, text (empty, quoted, 4-byte UTF-8,
// embedded NUL, longer than the read buffer), blobs (empty is not NULL), dates and
// timestamps before 1970 and with microseconds, and NULL.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using namespace std::chrono;
using namespace std::string_literals;

namespace {
// One samples row written with these values, read back whole.
auto round_trip(std::int32_t small, double ratio, bool flag, const std::string& label,
                const std::optional<blob>& payload, const std::optional<date>& day,
                const std::optional<timestamp>& moment, const std::optional<std::string>& quoted) {
    mysql::connection db = empty_database();
    auto id = db(insert_into(samples).set(samples.small = small, samples.ratio = ratio, samples.flag = flag,
                                          samples.label = label, samples.payload = payload, samples.day = day,
                                          samples.moment = moment, samples.quoted = quoted))
                  .last_insert_id;
    return db(select(all_of(samples)).from(samples).where(samples.id == id)).one();
}
}  // namespace

TEST_CASE("every column type round-trips, NULLs included") {
    const blob bytes{std::byte{0x00}, std::byte{0xff}, std::byte{0x27}, std::byte{0x00}};
    const date leap_day = sys_days{2024y / February / 29};
    const timestamp moment = sys_days{2024y / February / 29} + 23h + 59min + 59s + 123456us;
    auto row = round_trip(-5, 0.1, true, "it's \"quoted\" \\ `back`", bytes, leap_day, moment, "say hi");
    CHECK(row.small == -5);
    CHECK(row.ratio == 0.1);
    CHECK(row.flag == true);
    CHECK(row.label == "it's \"quoted\" \\ `back`");
    CHECK(row.payload == bytes);
    CHECK(row.day == leap_day);
    CHECK(row.moment == moment);
    CHECK(row.quoted == "say hi");

    auto nulls = round_trip(0, 0, false, "", std::nullopt, std::nullopt, std::nullopt, std::nullopt);
    CHECK(nulls.flag == false);
    CHECK(nulls.label == "");
    CHECK(nulls.payload == std::nullopt);
    CHECK(nulls.day == std::nullopt);
    CHECK(nulls.moment == std::nullopt);
    CHECK(nulls.quoted == std::nullopt);
}

TEST_CASE("insert default values (MySQL's `() VALUES ()`) applies every default, the text one included") {
    mysql::connection db = empty_database();
    CHECK(db(insert_into(samples).default_values()).last_insert_id == 1);
    auto row = db(select(samples.small, samples.ratio, samples.flag, samples.label).from(samples)).one();
    CHECK(row.small == 7);
    CHECK(row.ratio == 0.5);
    CHECK(row.flag == false);
    CHECK(row.label == "it's");
}

TEST_CASE("an empty blob stays an empty blob, not NULL") {
    auto row = round_trip(0, 0, false, "", blob{}, std::nullopt, std::nullopt, std::nullopt);
    REQUIRE(row.payload.has_value());
    CHECK(row.payload->empty());
}

TEST_CASE("int32 round-trips at its limits") {
    CHECK(round_trip(std::numeric_limits<std::int32_t>::min(), 0, false, "", {}, {}, {}, {}).small ==
          std::numeric_limits<std::int32_t>::min());
    CHECK(round_trip(std::numeric_limits<std::int32_t>::max(), 0, false, "", {}, {}, {}, {}).small ==
          std::numeric_limits<std::int32_t>::max());
}

TEST_CASE("int64 round-trips at its limits") {
    mysql::connection db = empty_database();
    db(insert_into(employees).set(employees.id = std::numeric_limits<std::int64_t>::min(), employees.name = "min"));
    db(insert_into(employees).set(employees.id = std::numeric_limits<std::int64_t>::max(), employees.name = "max"));
    CHECK(first_fields(db(select(employees.id).from(employees).order_by(employees.id.asc()))) ==
          std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()});
}

TEST_CASE("doubles round-trip exactly, whole numbers included") {
    for (double value : {0.1, -1e300, 2.0, 5e-324, 1.7976931348623157e308}) {
        CHECK(round_trip(0, value, false, "", {}, {}, {}, {}).ratio == value);
    }
}

TEST_CASE("text round-trips byte for byte: UTF-8 of every width, embedded NUL, long values") {
    for (const std::string& text : {"héllo wörld"s, "日本語"s, "😀🎉 4-byte"s, "a\0b"s, std::string(1000, 'x'),
                                    std::string(100'000, 'y') + "😀"}) {
        CHECK(round_trip(0, 0, false, text, {}, {}, {}, {}).label == text);
    }
}

TEST_CASE("long and short values alternate in one result, through the growing read buffer") {
    mysql::connection db = empty_database();
    std::vector<std::string> labels;
    for (std::size_t size : {10u, 300u, 5u, 70'000u, 3u, 1'000u, 200'000u, 0u}) {
        labels.push_back(std::string(size, static_cast<char>('a' + labels.size())));
        blob bytes(size, std::byte{0x5a});
        db(insert_into(samples).set(samples.label = labels.back(), samples.payload = bytes));
    }
    std::size_t i = 0;
    for (const auto& row : db(select(samples.label, samples.payload).from(samples).order_by(samples.id.asc()))) {
        CHECK(row.label == labels[i]);
        CHECK(row.payload == blob(labels[i].size(), std::byte{0x5a}));
        ++i;
    }
    CHECK(i == labels.size());
}

TEST_CASE("dates and timestamps round-trip, before 1970 and with every microsecond digit") {
    const std::vector<timestamp> moments{
        sys_days{1970y / January / 1} + 0us,
        sys_days{1969y / December / 31} + 23h + 59min + 59s + 999999us,
        sys_days{1000y / January / 1} + 1us,
        sys_days{9999y / December / 31} + 23h + 59min + 59s + 999999us,
    };
    for (const timestamp& moment : moments) {
        const date day = floor<days>(moment);
        auto row = round_trip(0, 0, false, "", {}, day, moment, {});
        CHECK(row.day == day);
        CHECK(row.moment == moment);
    }
}

TEST_CASE("dates and timestamps compare chronologically in SQL") {
    mysql::connection db = empty_database();
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

TEST_CASE("backticked names: a table with a space, a column named select, one with a double quote") {
    mysql::connection db = empty_database();
    db(insert_into(samples).set(samples.label = "x", samples.quoted = "y"));
    db(update(samples).set(samples.quoted = concat(samples.label, "!")).where(samples.label == "x"));
    auto row = db(select(samples.label, samples.quoted).from(samples)).one();
    CHECK(row.label == "x");
    CHECK(row.quoted == "x!");
}

TEST_CASE("a bool compares with true and false, and comparisons read back as bool") {
    mysql::connection db = empty_database();
    db(insert_into(samples).set(samples.flag = true, samples.label = "on"));
    db(insert_into(samples).set(samples.flag = false, samples.label = "off"));
    CHECK(first_fields(db(select(samples.label).from(samples).where(samples.flag == true))) ==
          std::vector<std::string>{"on"});
    CHECK(first_fields(db(select(samples.label).from(samples).where(!(samples.flag == true)))) ==
          std::vector<std::string>{"off"});
    CHECK(first_fields(db(select(samples.label == "on").from(samples).order_by(samples.id.asc()))) ==
          std::vector<bool>{true, false});
}
