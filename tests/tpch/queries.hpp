#pragma once
// All 22 TPC-H queries, in order.
#include <tuple>

#include "queries_01_06.hpp"
#include "queries_07_11.hpp"
#include "queries_12_16.hpp"
#include "queries_17_22.hpp"

namespace tpch {

using all_queries = std::tuple<q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19,
                               q20, q21, q22>;

}  // namespace tpch
