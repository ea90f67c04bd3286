// The 22 TPC-H queries on every backend: the rows Quarry returns equal, cell by cell
// and in order, the rows of the specification's SQL run by hand through the backend's
// C API on the same connection; and every query returns rows.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <tuple>
#include <type_traits>

#include "backends.hpp"
#include "loading.hpp"
#include "queries.hpp"
#include "raw_sql.hpp"

namespace {

template <class Backend>
constexpr tpch::backend_sql backend_sql_of() {
    if constexpr (std::is_same_v<Backend, sqlite_backend>) return tpch::backend_sql::sqlite;
    else if constexpr (std::is_same_v<Backend, mariadb_backend>) return tpch::backend_sql::mysql;
    else return tpch::backend_sql::postgresql;
}

const tpch::database_rows& generated_rows() {
    static const tpch::database_rows rows = tpch::generate_rows(tpch::test_seed);
    return rows;
}

// Returns the number of rows the query gave.
template <class Query, class Db>
std::size_t check_query(Db& db, const tpch::spelling& spelling) {
    INFO("TPC-H Q" << Query::number);
    const tpch::cell_rows from_quarry = tpch::quarry_cells(db(Query::query()));
    const tpch::cell_rows by_hand = tpch::run_raw(db.driver().native_handle(), Query::sql(spelling));
    INFO("Quarry:\n" << tpch::describe(from_quarry) << "by hand:\n" << tpch::describe(by_hand));
    // Rows, and a value in the first: a SUM over no rows (Q6, Q14, Q17, Q19) would be NULL.
    CHECK(!from_quarry.empty());
    CHECK((!from_quarry.empty() && from_quarry.front().front().has_value()));
    CHECK(tpch::same_rows(from_quarry, by_hand));
    return from_quarry.size();
}

}  // namespace

TEMPLATE_TEST_CASE("the 22 TPC-H queries return the rows of their hand-written SQL", "[tpch]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    const auto started = std::chrono::steady_clock::now();
    tpch::load(db, generated_rows());
    const auto loaded = std::chrono::steady_clock::now();
    const tpch::spelling spelling{backend_sql_of<TestType>()};
    std::string row_counts;
    std::apply([&](auto... query) { ((row_counts += " " + std::to_string(check_query<decltype(query)>(db, spelling))), ...); },
               tpch::all_queries{});
    const auto checked = std::chrono::steady_clock::now();
    using ms = std::chrono::milliseconds;
    WARN(TestType::name << ": loaded in " << std::chrono::duration_cast<ms>(loaded - started).count()
                        << " ms, 22 queries twice in " << std::chrono::duration_cast<ms>(checked - loaded).count()
                        << " ms; rows of Q1 to Q22:" << row_counts);
}
