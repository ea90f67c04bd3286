#pragma once
// TPC-H Q7 to Q11.
#include "query_support.hpp"

namespace tpch {

// Q7, volume shipping; NATION1 = FRANCE, NATION2 = GERMANY.
struct q7 {
    static constexpr int number = 7;
    static auto query() {
        using namespace quarry;
        const auto n1 = nation.as<"n1">();
        const auto n2 = nation.as<"n2">();
        const auto shipping =
            select(n1.n_name.as(alias::supp_nation), n2.n_name.as(alias::cust_nation),
                   extract<date_part::year>(lineitem.l_shipdate).as(alias::l_year),
                   (lineitem.l_extendedprice * (1 - lineitem.l_discount)).as(alias::volume))
                .from(supplier)
                .join(lineitem).on(supplier.s_suppkey == lineitem.l_suppkey)
                .join(orders).on(orders.o_orderkey == lineitem.l_orderkey)
                .join(customer).on(customer.c_custkey == orders.o_custkey)
                .join(n1).on(supplier.s_nationkey == n1.n_nationkey)
                .join(n2).on(customer.c_nationkey == n2.n_nationkey)
                .where((n1.n_name == "FRANCE" && n2.n_name == "GERMANY") ||
                           (n1.n_name == "GERMANY" && n2.n_name == "FRANCE"),
                       lineitem.l_shipdate.between(day(1995, 1, 1), day(1996, 12, 31)))
                .subquery<"shipping">();
        return select(shipping.supp_nation, shipping.cust_nation, shipping.l_year,
                      sum(shipping.volume).as(alias::revenue))
            .from(shipping)
            .group_by(shipping.supp_nation, shipping.cust_nation, shipping.l_year)
            .order_by(shipping.supp_nation.asc(), shipping.cust_nation.asc(), shipping.l_year.asc());
    }
    static std::string sql(const spelling& s) {
        return "select supp_nation, cust_nation, l_year, sum(volume) as revenue from ("
               "select n1.n_name as supp_nation, n2.n_name as cust_nation, " + s.year("l_shipdate") + " as l_year, "
               "l_extendedprice * (1 - l_discount) as volume "
               "from supplier, lineitem, orders, customer, nation n1, nation n2 "
               "where s_suppkey = l_suppkey and o_orderkey = l_orderkey and c_custkey = o_custkey "
               "and s_nationkey = n1.n_nationkey and c_nationkey = n2.n_nationkey "
               "and ((n1.n_name = 'FRANCE' and n2.n_name = 'GERMANY') or (n1.n_name = 'GERMANY' and n2.n_name = 'FRANCE')) "
               "and l_shipdate between " + s.date("1995-01-01") + " and " + s.date("1996-12-31") +
               ") as shipping group by supp_nation, cust_nation, l_year order by supp_nation, cust_nation, l_year";
    }
};

// Q8, national market share; NATION = BRAZIL, REGION = AMERICA, TYPE = ECONOMY ANODIZED STEEL.
struct q8 {
    static constexpr int number = 8;
    static auto query() {
        using namespace quarry;
        const auto n1 = nation.as<"n1">();
        const auto n2 = nation.as<"n2">();
        const auto all_nations =
            select(extract<date_part::year>(orders.o_orderdate).as(alias::o_year),
                   (lineitem.l_extendedprice * (1 - lineitem.l_discount)).as(alias::volume),
                   n2.n_name.as(alias::nation))
                .from(part)
                .join(lineitem).on(part.p_partkey == lineitem.l_partkey)
                .join(supplier).on(supplier.s_suppkey == lineitem.l_suppkey)
                .join(orders).on(lineitem.l_orderkey == orders.o_orderkey)
                .join(customer).on(orders.o_custkey == customer.c_custkey)
                .join(n1).on(customer.c_nationkey == n1.n_nationkey)
                .join(region).on(n1.n_regionkey == region.r_regionkey)
                .join(n2).on(supplier.s_nationkey == n2.n_nationkey)
                .where(region.r_name == "AMERICA", orders.o_orderdate.between(day(1995, 1, 1), day(1996, 12, 31)),
                       part.p_type == "ECONOMY ANODIZED STEEL")
                .subquery<"all_nations">();
        return select(all_nations.o_year,
                      (sum(case_when(all_nations.nation == "BRAZIL", all_nations.volume).else_(0.0)) /
                       sum(all_nations.volume))
                          .as(alias::mkt_share))
            .from(all_nations)
            .group_by(all_nations.o_year)
            .order_by(all_nations.o_year.asc());
    }
    static std::string sql(const spelling& s) {
        return "select o_year, sum(case when nation = 'BRAZIL' then volume else 0 end) / sum(volume) as mkt_share "
               "from (select " + s.year("o_orderdate") + " as o_year, l_extendedprice * (1 - l_discount) as volume, "
               "n2.n_name as nation from part, supplier, lineitem, orders, customer, nation n1, nation n2, region "
               "where p_partkey = l_partkey and s_suppkey = l_suppkey and l_orderkey = o_orderkey "
               "and o_custkey = c_custkey and c_nationkey = n1.n_nationkey and n1.n_regionkey = r_regionkey "
               "and r_name = 'AMERICA' and s_nationkey = n2.n_nationkey and o_orderdate between " +
               s.date("1995-01-01") + " and " + s.date("1996-12-31") +
               " and p_type = 'ECONOMY ANODIZED STEEL') as all_nations group by o_year order by o_year";
    }
};

// Q9, product type profit measure; COLOR = green.
struct q9 {
    static constexpr int number = 9;
    static auto query() {
        using namespace quarry;
        const auto profit =
            select(nation.n_name.as(alias::nation), extract<date_part::year>(orders.o_orderdate).as(alias::o_year),
                   (lineitem.l_extendedprice * (1 - lineitem.l_discount) -
                    partsupp.ps_supplycost * lineitem.l_quantity)
                       .as(alias::amount))
                .from(part)
                .join(lineitem).on(part.p_partkey == lineitem.l_partkey)
                .join(supplier).on(supplier.s_suppkey == lineitem.l_suppkey)
                .join(partsupp).on(partsupp.ps_suppkey == lineitem.l_suppkey &&
                                   partsupp.ps_partkey == lineitem.l_partkey)
                .join(orders).on(orders.o_orderkey == lineitem.l_orderkey)
                .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
                .where(part.p_name.like("%green%"))
                .subquery<"profit">();
        return select(profit.nation, profit.o_year, sum(profit.amount).as(alias::sum_profit))
            .from(profit)
            .group_by(profit.nation, profit.o_year)
            .order_by(profit.nation.asc(), profit.o_year.desc());
    }
    static std::string sql(const spelling& s) {
        return "select nation, o_year, sum(amount) as sum_profit from (select n_name as nation, " +
               s.year("o_orderdate") + " as o_year, "
               "l_extendedprice * (1 - l_discount) - ps_supplycost * l_quantity as amount "
               "from part, supplier, lineitem, partsupp, orders, nation "
               "where s_suppkey = l_suppkey and ps_suppkey = l_suppkey and ps_partkey = l_partkey "
               "and p_partkey = l_partkey and o_orderkey = l_orderkey and s_nationkey = n_nationkey "
               "and p_name like '%green%') as profit group by nation, o_year order by nation, o_year desc";
    }
};

// Q10, returned item reporting; DATE = 1993-10-01.
struct q10 {
    static constexpr int number = 10;
    static auto query() {
        using namespace quarry;
        const auto revenue = sum(lineitem.l_extendedprice * (1 - lineitem.l_discount));
        return select(customer.c_custkey, customer.c_name, revenue.as(alias::revenue), customer.c_acctbal,
                      nation.n_name, customer.c_address, customer.c_phone, customer.c_comment)
            .from(customer)
            .join(orders).on(customer.c_custkey == orders.o_custkey)
            .join(lineitem).on(lineitem.l_orderkey == orders.o_orderkey)
            .join(nation).on(customer.c_nationkey == nation.n_nationkey)
            .where(orders.o_orderdate >= day(1993, 10, 1),
                   orders.o_orderdate < date_literal(1993, 10, 1) + std::chrono::months{3},
                   lineitem.l_returnflag == "R")
            .group_by(customer.c_custkey, customer.c_name, customer.c_acctbal, customer.c_phone, nation.n_name,
                      customer.c_address, customer.c_comment)
            .order_by(revenue.desc())
            .limit(20);
    }
    static std::string sql(const spelling& s) {
        return "select c_custkey, c_name, sum(l_extendedprice * (1 - l_discount)) as revenue, c_acctbal, n_name, "
               "c_address, c_phone, c_comment from customer, orders, lineitem, nation "
               "where c_custkey = o_custkey and l_orderkey = o_orderkey and o_orderdate >= " + s.date("1993-10-01") +
               " and o_orderdate < " + s.date_plus("1993-10-01", 3, "month") +
               " and l_returnflag = 'R' and c_nationkey = n_nationkey "
               "group by c_custkey, c_name, c_acctbal, c_phone, n_name, c_address, c_comment "
               "order by revenue desc limit 20";
    }
};

// Q11, important stock identification; NATION = GERMANY, FRACTION = 0.0001.
struct q11 {
    static constexpr int number = 11;
    static auto query() {
        using namespace quarry;
        const auto value = sum(partsupp.ps_supplycost * partsupp.ps_availqty);
        const auto threshold = select(value * 0.0001)
                                   .from(partsupp)
                                   .join(supplier).on(partsupp.ps_suppkey == supplier.s_suppkey)
                                   .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
                                   .where(nation.n_name == "GERMANY");
        return select(partsupp.ps_partkey, value.as(alias::value))
            .from(partsupp)
            .join(supplier).on(partsupp.ps_suppkey == supplier.s_suppkey)
            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
            .where(nation.n_name == "GERMANY")
            .group_by(partsupp.ps_partkey)
            .having(value > threshold)
            .order_by(value.desc());
    }
    static std::string sql(const spelling&) {
        return "select ps_partkey, sum(ps_supplycost * ps_availqty) as value from partsupp, supplier, nation "
               "where ps_suppkey = s_suppkey and s_nationkey = n_nationkey and n_name = 'GERMANY' "
               "group by ps_partkey having sum(ps_supplycost * ps_availqty) > ("
               "select sum(ps_supplycost * ps_availqty) * 0.0001 from partsupp, supplier, nation "
               "where ps_suppkey = s_suppkey and s_nationkey = n_nationkey and n_name = 'GERMANY') "
               "order by value desc";
    }
};

}  // namespace tpch
