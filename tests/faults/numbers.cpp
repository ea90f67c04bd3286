// Integers that do not fit. Written: a value beyond the column's INT throws
// value_out_of_range on MariaDB (strict mode, its default) and PostgreSQL; SQLite's
// integers are all 64-bit, so it stores the value. Read: a BIGINT value beyond 32 bits
// read into std::int32_t throws type_mismatch_error on every backend, never truncated.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

namespace {
constexpr std::int64_t past_int32 = std::int64_t{std::numeric_limits<std::int32_t>::max()} + 1;

template <class Backend>
constexpr std::string_view out_of_range = "";
template <>
constexpr std::string_view out_of_range<mariadb_faults> = "Out of range value for column 'n' at row 1";
template <>
constexpr std::string_view out_of_range<postgresql_faults> = "integer out of range";
}  // namespace

TEMPLATE_TEST_CASE("an integer beyond an INT column throws value_out_of_range and keeps nothing", "[faults][numbers]",
                   FAULT_SERVERS) {
    auto e = fresh_engine<TestType>();
    e.connect()(create_table(int_numbers));
    for (const std::int64_t value : {past_int32, -past_int32 - 1}) {
        INFO(value);
        check_rolled_back<value_out_of_range>(e, out_of_range<TestType>, [&](auto& db) {
            db(insert_into(bigint_numbers).set(bigint_numbers.n = value));
        });
    }
    auto db = e.connect();
    CHECK(get<0>(db(select(count()).from(int_numbers)).one()) == 0);
}

TEST_CASE("SQLite stores an integer beyond an INT column; reading it as int32 then throws", "[faults][numbers]") {
    auto e = fresh_engine<sqlite_faults>();
    auto db = e.connect();
    db(create_table(int_numbers));
    db(insert_into(bigint_numbers).set(bigint_numbers.n = past_int32));
    CHECK(db(select(bigint_numbers.n).from(bigint_numbers)).one().n == past_int32);
    CHECK_THROWS_AS(db(select(int_numbers.n).from(int_numbers)).one(), type_mismatch_error);
}

TEMPLATE_TEST_CASE("a BIGINT beyond 32 bits read into int32 throws type_mismatch_error, never truncated",
                   "[faults][numbers]", FAULT_BACKENDS) {
    auto e = fresh_engine<TestType>();
    auto db = e.connect();
    db(create_table(bigint_numbers));
    for (const std::int64_t value : {past_int32, -past_int32 - 1, std::int64_t{1} << 40}) {
        INFO(value);
        db(delete_from(bigint_numbers).where(all_rows));
        db(insert_into(bigint_numbers).set(bigint_numbers.n = value));
        const std::string message =
            message_thrown<type_mismatch_error>([&] { db(select(int_numbers.n).from(int_numbers)).one(); });
        CHECK_THAT(message, Contains("expected an integer within 32 bits"));
        CHECK_THAT(message, !Contains(std::to_string(value)));
    }
    db(delete_from(bigint_numbers).where(all_rows));
    db(insert_into(bigint_numbers).set(bigint_numbers.n = past_int32 - 1));
    CHECK(db(select(int_numbers.n).from(int_numbers)).one().n == past_int32 - 1);
}
