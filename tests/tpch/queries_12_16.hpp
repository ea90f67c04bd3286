#pragma once
// TPC-H Q12 to Q16.
#include "query_support.hpp"

namespace tpch {

// Q12, shipping modes and order priority; SHIPMODE1 = MAIL, SHIPMODE2 = SHIP, DATE = 1994-01-01.
struct q12 {
    static constexpr int number = 12;
    static auto query() {
        using namespace quarry;
        const auto& priority = orders.o_orderpriority;
        return select(lineitem.l_shipmode,
                      sum(case_when(priority == "1-URGENT" || priority == "2-HIGH", 1).else_(0))
                          .as(alias::high_line_count),
                      sum(case_when(priority != "1-URGENT" && priority != "2-HIGH", 1).else_(0))
                          .as(alias::low_line_count))
            .from(orders)
            .join(lineitem).on(orders.o_orderkey == lineitem.l_orderkey)
            .where(lineitem.l_shipmode.in("MAIL", "SHIP"), lineitem.l_commitdate < lineitem.l_receiptdate,
                   lineitem.l_shipdate < lineitem.l_commitdate, lineitem.l_receiptdate >= day(1994, 1, 1),
                   lineitem.l_receiptdate < date_literal(1994, 1, 1) + std::chrono::years{1})
            .group_by(lineitem.l_shipmode)
            .order_by(lineitem.l_shipmode.asc());
    }
    static std::string sql(const spelling& s) {
        return "select l_shipmode, "
               "sum(case when o_orderpriority = '1-URGENT' or o_orderpriority = '2-HIGH' then 1 else 0 end) "
               "as high_line_count, "
               "sum(case when o_orderpriority <> '1-URGENT' and o_orderpriority <> '2-HIGH' then 1 else 0 end) "
               "as low_line_count from orders, lineitem where o_orderkey = l_orderkey "
               "and l_shipmode in ('MAIL', 'SHIP') and l_commitdate < l_receiptdate and l_shipdate < l_commitdate "
               "and l_receiptdate >= " + s.date("1994-01-01") + " and l_receiptdate < " +
               s.date_plus("1994-01-01", 1, "year") + " group by l_shipmode order by l_shipmode";
    }
};

// Q13, customer distribution; WORD1 = special, WORD2 = requests.
struct q13 {
    static constexpr int number = 13;
    static auto query() {
        using namespace quarry;
        const auto c_orders = select(customer.c_custkey, count(orders.o_orderkey).as(alias::c_count))
                                  .from(customer)
                                  .left_join(orders).on(customer.c_custkey == orders.o_custkey &&
                                                        orders.o_comment.not_like("%special%requests%"))
                                  .group_by(customer.c_custkey)
                                  .subquery<"c_orders">();
        return select(c_orders.c_count, count().as(alias::custdist))
            .from(c_orders)
            .group_by(c_orders.c_count)
            .order_by(count().desc(), c_orders.c_count.desc());
    }
    // The derived table names its columns in its select list rather than in a list after
    // its name, `c_orders (c_custkey, c_count)`, which not every MySQL or MariaDB takes.
    static std::string sql(const spelling&) {
        return "select c_count, count(*) as custdist from (select c_custkey, count(o_orderkey) as c_count "
               "from customer left outer join orders on c_custkey = o_custkey "
               "and o_comment not like '%special%requests%' group by c_custkey) as c_orders "
               "group by c_count order by custdist desc, c_count desc";
    }
};

// Q14, promotion effect; DATE = 1995-09-01.
struct q14 {
    static constexpr int number = 14;
    static auto query() {
        using namespace quarry;
        const auto discounted = lineitem.l_extendedprice * (1 - lineitem.l_discount);
        return select((100.00 * sum(case_when(part.p_type.like("PROMO%"), discounted).else_(0.0)) / sum(discounted))
                          .as(alias::promo_revenue))
            .from(lineitem)
            .join(part).on(lineitem.l_partkey == part.p_partkey)
            .where(lineitem.l_shipdate >= day(1995, 9, 1),
                   lineitem.l_shipdate < date_literal(1995, 9, 1) + std::chrono::months{1});
    }
    static std::string sql(const spelling& s) {
        return "select 100.00 * sum(case when p_type like 'PROMO%' then l_extendedprice * (1 - l_discount) else 0 end) "
               "/ sum(l_extendedprice * (1 - l_discount)) as promo_revenue from lineitem, part "
               "where l_partkey = p_partkey and l_shipdate >= " + s.date("1995-09-01") +
               " and l_shipdate < " + s.date_plus("1995-09-01", 1, "month");
    }
};

// Q15, top supplier; DATE = 1996-01-01. The specification creates and drops a view;
// here, as in its variant A (2.2.4.3), the view is a common table expression, on every backend.
struct q15 {
    static constexpr int number = 15;
    static auto query() {
        using namespace quarry;
        const auto revenue0 =
            cte<"revenue0">(select(lineitem.l_suppkey.as(alias::supplier_no),
                                   sum(lineitem.l_extendedprice * (1 - lineitem.l_discount)).as(alias::total_revenue))
                                .from(lineitem)
                                .where(lineitem.l_shipdate >= day(1996, 1, 1),
                                       lineitem.l_shipdate < date_literal(1996, 1, 1) + std::chrono::months{3})
                                .group_by(lineitem.l_suppkey));
        return with(revenue0)(select(supplier.s_suppkey, supplier.s_name, supplier.s_address, supplier.s_phone,
                                     revenue0.total_revenue)
                                  .from(supplier)
                                  .join(revenue0).on(supplier.s_suppkey == revenue0.supplier_no)
                                  .where(revenue0.total_revenue ==
                                         select(max(revenue0.total_revenue)).from(revenue0))
                                  .order_by(supplier.s_suppkey.asc()));
    }
    static std::string sql(const spelling& s) {
        return "with revenue0 as (select l_suppkey as supplier_no, sum(l_extendedprice * (1 - l_discount)) "
               "as total_revenue from lineitem where l_shipdate >= " + s.date("1996-01-01") +
               " and l_shipdate < " + s.date_plus("1996-01-01", 3, "month") + " group by l_suppkey) "
               "select s_suppkey, s_name, s_address, s_phone, total_revenue from supplier, revenue0 "
               "where s_suppkey = supplier_no and total_revenue = (select max(total_revenue) from revenue0) "
               "order by s_suppkey";
    }
};

// Q16, parts/supplier relationship; BRAND = Brand#45, TYPE = MEDIUM POLISHED,
// SIZE1 to SIZE8 = 49, 14, 23, 45, 19, 3, 36, 9.
struct q16 {
    static constexpr int number = 16;
    static auto query() {
        using namespace quarry;
        const auto supplier_cnt = count(distinct(partsupp.ps_suppkey));
        return select(part.p_brand, part.p_type, part.p_size, supplier_cnt.as(alias::supplier_cnt))
            .from(partsupp)
            .join(part).on(part.p_partkey == partsupp.ps_partkey)
            .where(part.p_brand != "Brand#45", part.p_type.not_like("MEDIUM POLISHED%"),
                   part.p_size.in(49, 14, 23, 45, 19, 3, 36, 9),
                   partsupp.ps_suppkey.not_in(
                       select(supplier.s_suppkey).from(supplier).where(supplier.s_comment.like("%Customer%Complaints%"))))
            .group_by(part.p_brand, part.p_type, part.p_size)
            .order_by(supplier_cnt.desc(), part.p_brand.asc(), part.p_type.asc(), part.p_size.asc());
    }
    static std::string sql(const spelling&) {
        return "select p_brand, p_type, p_size, count(distinct ps_suppkey) as supplier_cnt from partsupp, part "
               "where p_partkey = ps_partkey and p_brand <> 'Brand#45' and p_type not like 'MEDIUM POLISHED%' "
               "and p_size in (49, 14, 23, 45, 19, 3, 36, 9) and ps_suppkey not in ("
               "select s_suppkey from supplier where s_comment like '%Customer%Complaints%') "
               "group by p_brand, p_type, p_size order by supplier_cnt desc, p_brand, p_type, p_size";
    }
};

}  // namespace tpch
