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
#include <type_traits>
#include <utility>
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

// A wide row: 41 columns of four types, read back field by field.
QUARRY_TABLE(wide_rows,
    (id, std::int64_t, primary_key),
    (c1, std::string), (c2, std::optional<std::int32_t>), (c3, double), (c4, std::int64_t),
    (c5, std::string), (c6, std::optional<std::int32_t>), (c7, double), (c8, std::int64_t),
    (c9, std::string), (c10, std::optional<std::int32_t>), (c11, double), (c12, std::int64_t),
    (c13, std::string), (c14, std::optional<std::int32_t>), (c15, double), (c16, std::int64_t),
    (c17, std::string), (c18, std::optional<std::int32_t>), (c19, double), (c20, std::int64_t),
    (c21, std::string), (c22, std::optional<std::int32_t>), (c23, double), (c24, std::int64_t),
    (c25, std::string), (c26, std::optional<std::int32_t>), (c27, double), (c28, std::int64_t),
    (c29, std::string), (c30, std::optional<std::int32_t>), (c31, double), (c32, std::int64_t),
    (c33, std::string), (c34, std::optional<std::int32_t>), (c35, double), (c36, std::int64_t),
    (c37, std::string), (c38, std::optional<std::int32_t>), (c39, double), (c40, std::int64_t));

namespace {
// Column k's value in row `id`; the optional columns are NULL in even rows.
template <class T>
T wide_value(std::int64_t id, int k) {
    if constexpr (std::is_same_v<T, std::string>) return "row " + std::to_string(id) + " column " + std::to_string(k);
    else if constexpr (std::is_same_v<T, double>) return static_cast<double>(id) + k / 4.0;
    else if constexpr (std::is_same_v<T, std::int64_t>) return id * 1'000'000'000'000 + k;
    else if (id % 2 == 0) return std::nullopt;
    else return static_cast<std::int32_t>(id * 100 + k);
}

// Column k of row `id`, filled with its value.
template <class Column>
auto filled(Column column, std::int64_t id, int k) {
    return column = wide_value<typename Column::spec::declared_type>(id, k);
}

template <class Connection>
void insert_wide_row(Connection& db, std::int64_t id) {
    db(insert_into(wide_rows).set(
        wide_rows.id = id, filled(wide_rows.c1, id, 1), filled(wide_rows.c2, id, 2), filled(wide_rows.c3, id, 3),
        filled(wide_rows.c4, id, 4), filled(wide_rows.c5, id, 5), filled(wide_rows.c6, id, 6),
        filled(wide_rows.c7, id, 7), filled(wide_rows.c8, id, 8), filled(wide_rows.c9, id, 9),
        filled(wide_rows.c10, id, 10), filled(wide_rows.c11, id, 11), filled(wide_rows.c12, id, 12),
        filled(wide_rows.c13, id, 13), filled(wide_rows.c14, id, 14), filled(wide_rows.c15, id, 15),
        filled(wide_rows.c16, id, 16), filled(wide_rows.c17, id, 17), filled(wide_rows.c18, id, 18),
        filled(wide_rows.c19, id, 19), filled(wide_rows.c20, id, 20), filled(wide_rows.c21, id, 21),
        filled(wide_rows.c22, id, 22), filled(wide_rows.c23, id, 23), filled(wide_rows.c24, id, 24),
        filled(wide_rows.c25, id, 25), filled(wide_rows.c26, id, 26), filled(wide_rows.c27, id, 27),
        filled(wide_rows.c28, id, 28), filled(wide_rows.c29, id, 29), filled(wide_rows.c30, id, 30),
        filled(wide_rows.c31, id, 31), filled(wide_rows.c32, id, 32), filled(wide_rows.c33, id, 33),
        filled(wide_rows.c34, id, 34), filled(wide_rows.c35, id, 35), filled(wide_rows.c36, id, 36),
        filled(wide_rows.c37, id, 37), filled(wide_rows.c38, id, 38), filled(wide_rows.c39, id, 39),
        filled(wide_rows.c40, id, 40)));
}
}  // namespace

TEMPLATE_TEST_CASE("a row of 41 columns reads every field, NULLs included", "[types]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(wide_rows));
    insert_wide_row(db, 1);
    insert_wide_row(db, 2);
    std::int64_t id = 0;
    for (const auto& row : db(select(all_of(wide_rows)).from(wide_rows).order_by(wide_rows.id.asc()))) {
        CHECK(row.id == ++id);
        [&]<std::size_t... K>(std::index_sequence<K...>) {
            ([&] {
                using field_t = std::remove_cvref_t<decltype(get<K + 1>(row))>;
                CHECK(get<K + 1>(row) == wide_value<field_t>(id, K + 1));
            }(), ...);
        }(std::make_index_sequence<40>{});
    }
    CHECK(id == 2);
}
