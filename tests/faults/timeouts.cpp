// A statement past the engine's statement_timeout throws timeout_error on every backend,
// soon after the limit, and the transaction it was in keeps nothing.
#include <catch2/catch.hpp>

#include <chrono>
#include <string_view>

#include "fault_checks.hpp"

using namespace quarry;

namespace {
template <class Backend>
constexpr std::string_view timed_out = "";
template <>
constexpr std::string_view timed_out<sqlite_faults> = "interrupted";
template <>
constexpr std::string_view timed_out<mariadb_faults> = "max_statement_time exceeded";
template <>
constexpr std::string_view timed_out<postgresql_faults> = "canceling statement due to statement timeout";
}  // namespace

TEMPLATE_TEST_CASE("a statement past statement_timeout throws timeout_error and keeps nothing", "[faults][timeout]",
                   FAULT_BACKENDS) {
    auto e = fresh_engine<TestType>("statement_timeout=200ms");
    const auto start = std::chrono::steady_clock::now();
    check_rolled_back<timeout_error>(e, timed_out<TestType>, [](auto& db) { db(TestType::slow_query()).one(); });
    // The slow query would run for 5 s or more.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}
