#pragma once
// TPC-H Q1 to Q6.
#include "query_support.hpp"

namespace tpch {

// Q1, pricing summary report; DELTA = 90.
struct q1 {
    static constexpr int number = 1;
    static auto query() {
        using namespace quarry;
        const auto& l = lineitem;
        return select(l.l_returnflag, l.l_linestatus, sum(l.l_quantity).as(alias::sum_qty),
                      sum(l.l_extendedprice).as(alias::sum_base_price),
                      sum(l.l_extendedprice * (1 - l.l_discount)).as(alias::sum_disc_price),
                      sum(l.l_extendedprice * (1 - l.l_discount) * (1 + l.l_tax)).as(alias::sum_charge),
                      avg(l.l_quantity).as(alias::avg_qty), avg(l.l_extendedprice).as(alias::avg_price),
                      avg(l.l_discount).as(alias::avg_disc), count().as(alias::count_order))
            .from(l)
            .where(l.l_shipdate <= date_literal(1998, 12, 1) - std::chrono::days{90})
            .group_by(l.l_returnflag, l.l_linestatus)
            .order_by(l.l_returnflag.asc(), l.l_linestatus.asc());
    }
    static std::string sql(const spelling& s) {
        return "select l_returnflag, l_linestatus, sum(l_quantity) as sum_qty, sum(l_extendedprice) as sum_base_price, "
               "sum(l_extendedprice * (1 - l_discount)) as sum_disc_price, "
               "sum(l_extendedprice * (1 - l_discount) * (1 + l_tax)) as sum_charge, avg(l_quantity) as avg_qty, "
               "avg(l_extendedprice) as avg_price, avg(l_discount) as avg_disc, count(*) as count_order "
               "from lineitem where l_shipdate <= " + s.date_plus("1998-12-01", -90, "day") +
               " group by l_returnflag, l_linestatus order by l_returnflag, l_linestatus";
    }
};

// Q2, minimum cost supplier; SIZE = 15, TYPE = BRASS, REGION = EUROPE. The subquery's
// tables have the outer query's names, so its columns name its own tables, as in the text.
struct q2 {
    static constexpr int number = 2;
    static auto query() {
        using namespace quarry;
        auto cheapest = select(min(partsupp.ps_supplycost))
                            .from(partsupp)
                            .join(supplier).on(supplier.s_suppkey == partsupp.ps_suppkey)
                            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
                            .join(region).on(nation.n_regionkey == region.r_regionkey)
                            .where(part.p_partkey == partsupp.ps_partkey, region.r_name == "EUROPE");
        return select(supplier.s_acctbal, supplier.s_name, nation.n_name, part.p_partkey, part.p_mfgr,
                      supplier.s_address, supplier.s_phone, supplier.s_comment)
            .from(part)
            .join(partsupp).on(part.p_partkey == partsupp.ps_partkey)
            .join(supplier).on(supplier.s_suppkey == partsupp.ps_suppkey)
            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
            .join(region).on(nation.n_regionkey == region.r_regionkey)
            .where(part.p_size == 15, part.p_type.like("%BRASS"), region.r_name == "EUROPE",
                   partsupp.ps_supplycost == cheapest)
            .order_by(supplier.s_acctbal.desc(), nation.n_name.asc(), supplier.s_name.asc(), part.p_partkey.asc())
            .limit(100);
    }
    static std::string sql(const spelling&) {
        return "select s_acctbal, s_name, n_name, p_partkey, p_mfgr, s_address, s_phone, s_comment "
               "from part, supplier, partsupp, nation, region "
               "where p_partkey = ps_partkey and s_suppkey = ps_suppkey and p_size = 15 and p_type like '%BRASS' "
               "and s_nationkey = n_nationkey and n_regionkey = r_regionkey and r_name = 'EUROPE' "
               "and ps_supplycost = (select min(ps_supplycost) from partsupp, supplier, nation, region "
               "where p_partkey = ps_partkey and s_suppkey = ps_suppkey and s_nationkey = n_nationkey "
               "and n_regionkey = r_regionkey and r_name = 'EUROPE') "
               "order by s_acctbal desc, n_name, s_name, p_partkey limit 100";
    }
};

// Q3, shipping priority; SEGMENT = BUILDING, DATE = 1995-03-15.
struct q3 {
    static constexpr int number = 3;
    static auto query() {
        using namespace quarry;
        const auto revenue = sum(lineitem.l_extendedprice * (1 - lineitem.l_discount));
        return select(lineitem.l_orderkey, revenue.as(alias::revenue), orders.o_orderdate, orders.o_shippriority)
            .from(customer)
            .join(orders).on(customer.c_custkey == orders.o_custkey)
            .join(lineitem).on(lineitem.l_orderkey == orders.o_orderkey)
            .where(customer.c_mktsegment == "BUILDING", orders.o_orderdate < day(1995, 3, 15),
                   lineitem.l_shipdate > day(1995, 3, 15))
            .group_by(lineitem.l_orderkey, orders.o_orderdate, orders.o_shippriority)
            .order_by(revenue.desc(), orders.o_orderdate.asc())
            .limit(10);
    }
    static std::string sql(const spelling& s) {
        return "select l_orderkey, sum(l_extendedprice * (1 - l_discount)) as revenue, o_orderdate, o_shippriority "
               "from customer, orders, lineitem where c_mktsegment = 'BUILDING' and c_custkey = o_custkey "
               "and l_orderkey = o_orderkey and o_orderdate < " + s.date("1995-03-15") +
               " and l_shipdate > " + s.date("1995-03-15") +
               " group by l_orderkey, o_orderdate, o_shippriority order by revenue desc, o_orderdate limit 10";
    }
};

// Q4, order priority checking; DATE = 1993-07-01.
struct q4 {
    static constexpr int number = 4;
    static auto query() {
        using namespace quarry;
        return select(orders.o_orderpriority, count().as(alias::order_count))
            .from(orders)
            .where(orders.o_orderdate >= day(1993, 7, 1),
                   orders.o_orderdate < date_literal(1993, 7, 1) + std::chrono::months{3},
                   exists(select(lineitem.l_orderkey)
                              .from(lineitem)
                              .where(lineitem.l_orderkey == orders.o_orderkey,
                                     lineitem.l_commitdate < lineitem.l_receiptdate)))
            .group_by(orders.o_orderpriority)
            .order_by(orders.o_orderpriority.asc());
    }
    static std::string sql(const spelling& s) {
        return "select o_orderpriority, count(*) as order_count from orders where o_orderdate >= " +
               s.date("1993-07-01") + " and o_orderdate < " + s.date_plus("1993-07-01", 3, "month") +
               " and exists (select * from lineitem where l_orderkey = o_orderkey and l_commitdate < l_receiptdate) "
               "group by o_orderpriority order by o_orderpriority";
    }
};

// Q5, local supplier volume; REGION = ASIA, DATE = 1994-01-01.
struct q5 {
    static constexpr int number = 5;
    static auto query() {
        using namespace quarry;
        const auto revenue = sum(lineitem.l_extendedprice * (1 - lineitem.l_discount));
        return select(nation.n_name, revenue.as(alias::revenue))
            .from(customer)
            .join(orders).on(customer.c_custkey == orders.o_custkey)
            .join(lineitem).on(lineitem.l_orderkey == orders.o_orderkey)
            .join(supplier).on(lineitem.l_suppkey == supplier.s_suppkey && customer.c_nationkey == supplier.s_nationkey)
            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
            .join(region).on(nation.n_regionkey == region.r_regionkey)
            .where(region.r_name == "ASIA", orders.o_orderdate >= day(1994, 1, 1),
                   orders.o_orderdate < date_literal(1994, 1, 1) + std::chrono::years{1})
            .group_by(nation.n_name)
            .order_by(revenue.desc());
    }
    static std::string sql(const spelling& s) {
        return "select n_name, sum(l_extendedprice * (1 - l_discount)) as revenue "
               "from customer, orders, lineitem, supplier, nation, region "
               "where c_custkey = o_custkey and l_orderkey = o_orderkey and l_suppkey = s_suppkey "
               "and c_nationkey = s_nationkey and s_nationkey = n_nationkey and n_regionkey = r_regionkey "
               "and r_name = 'ASIA' and o_orderdate >= " + s.date("1994-01-01") +
               " and o_orderdate < " + s.date_plus("1994-01-01", 1, "year") + " group by n_name order by revenue desc";
    }
};

// Q6, forecasting revenue change; DATE = 1994-01-01, DISCOUNT = 0.06, QUANTITY = 24.
// The bounds 0.06 - 0.01 and 0.06 + 0.01 are written as computed: in binary floating
// point 0.06 + 0.01 is not 0.07, while PostgreSQL and MySQL compute the text exactly.
struct q6 {
    static constexpr int number = 6;
    static auto query() {
        using namespace quarry;
        return select(sum(lineitem.l_extendedprice * lineitem.l_discount).as(alias::revenue))
            .from(lineitem)
            .where(lineitem.l_shipdate >= day(1994, 1, 1),
                   lineitem.l_shipdate < date_literal(1994, 1, 1) + std::chrono::years{1},
                   lineitem.l_discount.between(0.05, 0.07), lineitem.l_quantity < 24);
    }
    static std::string sql(const spelling& s) {
        return "select sum(l_extendedprice * l_discount) as revenue from lineitem where l_shipdate >= " +
               s.date("1994-01-01") + " and l_shipdate < " + s.date_plus("1994-01-01", 1, "year") +
               " and l_discount between 0.05 and 0.07 and l_quantity < 24";
    }
};

}  // namespace tpch
