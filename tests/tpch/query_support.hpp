#pragma once
// What the TPC-H queries share: the names of their computed columns, and dates.
//
// Each query is a struct with its number, `query()`, the statement in Quarry, and
// `sql(spelling)`, the specification's text as written by hand, with the standard
// (validation) substitution parameters of section 2.4.
#include <chrono>
#include <string>

#include <quarry/quarry.hpp>

#include "spelling.hpp"
#include "tables.hpp"

namespace tpch {

// The select items' names; in a namespace of their own, since `nation` and `value` are taken.
namespace alias {
QUARRY_ALIAS(sum_qty);
QUARRY_ALIAS(sum_base_price);
QUARRY_ALIAS(sum_disc_price);
QUARRY_ALIAS(sum_charge);
QUARRY_ALIAS(avg_qty);
QUARRY_ALIAS(avg_price);
QUARRY_ALIAS(avg_disc);
QUARRY_ALIAS(count_order);
QUARRY_ALIAS(revenue);
QUARRY_ALIAS(order_count);
QUARRY_ALIAS(supp_nation);
QUARRY_ALIAS(cust_nation);
QUARRY_ALIAS(l_year);
QUARRY_ALIAS(volume);
QUARRY_ALIAS(o_year);
QUARRY_ALIAS(nation);
QUARRY_ALIAS(mkt_share);
QUARRY_ALIAS(amount);
QUARRY_ALIAS(sum_profit);
QUARRY_ALIAS(value);
QUARRY_ALIAS(high_line_count);
QUARRY_ALIAS(low_line_count);
QUARRY_ALIAS(c_count);
QUARRY_ALIAS(custdist);
QUARRY_ALIAS(promo_revenue);
QUARRY_ALIAS(supplier_no);
QUARRY_ALIAS(total_revenue);
QUARRY_ALIAS(supplier_cnt);
QUARRY_ALIAS(avg_yearly);
QUARRY_ALIAS(numwait);
QUARRY_ALIAS(cntrycode);
QUARRY_ALIAS(numcust);
QUARRY_ALIAS(totacctbal);
}  // namespace alias

inline quarry::date day(int year, unsigned month, unsigned day_of_month) {
    return std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day_of_month}};
}

// A date as an expression, for date arithmetic: `date_literal(...) + std::chrono::months{3}`.
inline auto date_literal(int year, unsigned month, unsigned day_of_month) {
    return quarry::value(day(year, month, day_of_month));
}

}  // namespace tpch
