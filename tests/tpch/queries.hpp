#pragma once
// All 22 TPC-H queries, in order.
#include <tuple>

#include "queries_01_06.hpp"

namespace tpch {

using all_queries = std::tuple<q1, q2, q3, q4, q5, q6>;

}  // namespace tpch
