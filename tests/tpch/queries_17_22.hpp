#pragma once
// TPC-H Q17 to Q22.
#include "query_support.hpp"

namespace tpch {

// Q17, small-quantity-order revenue; BRAND = Brand#23, CONTAINER = MED BOX. The
// subquery's lineitem is its own, as in the text.
struct q17 {
    static constexpr int number = 17;
    static auto query() {
        using namespace quarry;
        return select((sum(lineitem.l_extendedprice) / 7.0).as(alias::avg_yearly))
            .from(lineitem)
            .join(part).on(part.p_partkey == lineitem.l_partkey)
            .where(part.p_brand == "Brand#23", part.p_container == "MED BOX",
                   lineitem.l_quantity <
                       select(0.2 * avg(lineitem.l_quantity)).from(lineitem).where(lineitem.l_partkey == part.p_partkey));
    }
    static std::string sql(const spelling&) {
        return "select sum(l_extendedprice) / 7.0 as avg_yearly from lineitem, part "
               "where p_partkey = l_partkey and p_brand = 'Brand#23' and p_container = 'MED BOX' "
               "and l_quantity < (select 0.2 * avg(l_quantity) from lineitem where l_partkey = p_partkey)";
    }
};

// Q18, large volume customer; QUANTITY = 300.
struct q18 {
    static constexpr int number = 18;
    static auto query() {
        using namespace quarry;
        return select(customer.c_name, customer.c_custkey, orders.o_orderkey, orders.o_orderdate, orders.o_totalprice,
                      sum(lineitem.l_quantity))
            .from(customer)
            .join(orders).on(customer.c_custkey == orders.o_custkey)
            .join(lineitem).on(orders.o_orderkey == lineitem.l_orderkey)
            .where(orders.o_orderkey.in(select(lineitem.l_orderkey)
                                            .from(lineitem)
                                            .group_by(lineitem.l_orderkey)
                                            .having(sum(lineitem.l_quantity) > 300)))
            .group_by(customer.c_name, customer.c_custkey, orders.o_orderkey, orders.o_orderdate, orders.o_totalprice)
            .order_by(orders.o_totalprice.desc(), orders.o_orderdate.asc())
            .limit(100);
    }
    static std::string sql(const spelling&) {
        return "select c_name, c_custkey, o_orderkey, o_orderdate, o_totalprice, sum(l_quantity) "
               "from customer, orders, lineitem where o_orderkey in (select l_orderkey from lineitem "
               "group by l_orderkey having sum(l_quantity) > 300) and c_custkey = o_custkey and o_orderkey = l_orderkey "
               "group by c_name, c_custkey, o_orderkey, o_orderdate, o_totalprice "
               "order by o_totalprice desc, o_orderdate limit 100";
    }
};

// Q19, discounted revenue; QUANTITY1 = 1, QUANTITY2 = 10, QUANTITY3 = 20, BRAND1 = Brand#12,
// BRAND2 = Brand#23, BRAND3 = Brand#34. The join condition that each branch of the text
// repeats is the join's ON here, and once in the hand-written text, so that no backend
// compares every lineitem with every part.
struct q19 {
    static constexpr int number = 19;
    template <class Containers>
    static auto branch(const char* brand, const Containers& containers, int quantity, int max_size) {
        using namespace quarry;
        return part.p_brand == brand && containers && lineitem.l_quantity >= quantity &&
               lineitem.l_quantity <= quantity + 10 && part.p_size.between(1, max_size) &&
               lineitem.l_shipmode.in("AIR", "AIR REG") && lineitem.l_shipinstruct == "DELIVER IN PERSON";
    }
    static auto query() {
        using namespace quarry;
        const auto& container = part.p_container;
        return select(sum(lineitem.l_extendedprice * (1 - lineitem.l_discount)).as(alias::revenue))
            .from(lineitem)
            .join(part).on(part.p_partkey == lineitem.l_partkey)
            .where(branch("Brand#12", container.in("SM CASE", "SM BOX", "SM PACK", "SM PKG"), 1, 5) ||
                   branch("Brand#23", container.in("MED BAG", "MED BOX", "MED PKG", "MED PACK"), 10, 10) ||
                   branch("Brand#34", container.in("LG CASE", "LG BOX", "LG PACK", "LG PKG"), 20, 15));
    }
    static std::string sql(const spelling&) {
        const auto branch = [](const std::string& brand, const std::string& containers, const std::string& quantity,
                               const std::string& max_size) {
            return "(p_brand = '" + brand + "' and p_container in (" + containers + ") and l_quantity >= " +
                   quantity + " and l_quantity <= " + quantity + " + 10 and p_size between 1 and " + max_size +
                   " and l_shipmode in ('AIR', 'AIR REG') and l_shipinstruct = 'DELIVER IN PERSON')";
        };
        return "select sum(l_extendedprice * (1 - l_discount)) as revenue from lineitem, part "
               "where p_partkey = l_partkey and (" +
               branch("Brand#12", "'SM CASE', 'SM BOX', 'SM PACK', 'SM PKG'", "1", "5") + " or " +
               branch("Brand#23", "'MED BAG', 'MED BOX', 'MED PKG', 'MED PACK'", "10", "10") + " or " +
               branch("Brand#34", "'LG CASE', 'LG BOX', 'LG PACK', 'LG PKG'", "20", "15") + ")";
    }
};

// Q20, potential part promotion; COLOR = forest, DATE = 1994-01-01, NATION = CANADA.
struct q20 {
    static constexpr int number = 20;
    static auto query() {
        using namespace quarry;
        const auto shipped = select(0.5 * sum(lineitem.l_quantity))
                                 .from(lineitem)
                                 .where(lineitem.l_partkey == partsupp.ps_partkey,
                                        lineitem.l_suppkey == partsupp.ps_suppkey,
                                        lineitem.l_shipdate >= day(1994, 1, 1),
                                        lineitem.l_shipdate < date_literal(1994, 1, 1) + std::chrono::years{1});
        const auto forest_parts = select(part.p_partkey).from(part).where(part.p_name.like("forest%"));
        return select(supplier.s_name, supplier.s_address)
            .from(supplier)
            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
            .where(supplier.s_suppkey.in(select(partsupp.ps_suppkey)
                                             .from(partsupp)
                                             .where(partsupp.ps_partkey.in(forest_parts),
                                                    partsupp.ps_availqty > shipped)),
                   nation.n_name == "CANADA")
            .order_by(supplier.s_name.asc());
    }
    static std::string sql(const spelling& s) {
        return "select s_name, s_address from supplier, nation where s_suppkey in (select ps_suppkey from partsupp "
               "where ps_partkey in (select p_partkey from part where p_name like 'forest%') "
               "and ps_availqty > (select 0.5 * sum(l_quantity) from lineitem where l_partkey = ps_partkey "
               "and l_suppkey = ps_suppkey and l_shipdate >= " + s.date("1994-01-01") + " and l_shipdate < " +
               s.date_plus("1994-01-01", 1, "year") + ")) and s_nationkey = n_nationkey and n_name = 'CANADA' "
               "order by s_name";
    }
};

// Q21, suppliers who kept orders waiting; NATION = SAUDI ARABIA.
struct q21 {
    static constexpr int number = 21;
    static auto query() {
        using namespace quarry;
        const auto l1 = lineitem.as<"l1">();
        const auto l2 = lineitem.as<"l2">();
        const auto l3 = lineitem.as<"l3">();
        return select(supplier.s_name, count().as(alias::numwait))
            .from(supplier)
            .join(l1).on(supplier.s_suppkey == l1.l_suppkey)
            .join(orders).on(orders.o_orderkey == l1.l_orderkey)
            .join(nation).on(supplier.s_nationkey == nation.n_nationkey)
            .where(orders.o_orderstatus == "F", l1.l_receiptdate > l1.l_commitdate,
                   exists(select(l2.l_orderkey)
                              .from(l2)
                              .where(l2.l_orderkey == l1.l_orderkey, l2.l_suppkey != l1.l_suppkey)),
                   not_exists(select(l3.l_orderkey)
                                  .from(l3)
                                  .where(l3.l_orderkey == l1.l_orderkey, l3.l_suppkey != l1.l_suppkey,
                                         l3.l_receiptdate > l3.l_commitdate)),
                   nation.n_name == "SAUDI ARABIA")
            .group_by(supplier.s_name)
            .order_by(count().desc(), supplier.s_name.asc())
            .limit(100);
    }
    static std::string sql(const spelling&) {
        return "select s_name, count(*) as numwait from supplier, lineitem l1, orders, nation "
               "where s_suppkey = l1.l_suppkey and o_orderkey = l1.l_orderkey and o_orderstatus = 'F' "
               "and l1.l_receiptdate > l1.l_commitdate and exists (select * from lineitem l2 "
               "where l2.l_orderkey = l1.l_orderkey and l2.l_suppkey <> l1.l_suppkey) "
               "and not exists (select * from lineitem l3 where l3.l_orderkey = l1.l_orderkey "
               "and l3.l_suppkey <> l1.l_suppkey and l3.l_receiptdate > l3.l_commitdate) "
               "and s_nationkey = n_nationkey and n_name = 'SAUDI ARABIA' "
               "group by s_name order by numwait desc, s_name limit 100";
    }
};

// Q22, global sales opportunity; I1 to I7 = 13, 31, 23, 29, 30, 18, 17.
struct q22 {
    static constexpr int number = 22;
    static auto country_code() { return quarry::substr(customer.c_phone, 1, 2); }
    static auto in_the_countries() { return country_code().in("13", "31", "23", "29", "30", "18", "17"); }
    static auto query() {
        using namespace quarry;
        const auto custsale =
            select(country_code().as(alias::cntrycode), customer.c_acctbal)
                .from(customer)
                .where(in_the_countries(),
                       customer.c_acctbal >
                           select(avg(customer.c_acctbal)).from(customer).where(customer.c_acctbal > 0.00,
                                                                                in_the_countries()),
                       not_exists(select(orders.o_orderkey).from(orders).where(orders.o_custkey == customer.c_custkey)))
                .subquery<"custsale">();
        return select(custsale.cntrycode, count().as(alias::numcust), sum(custsale.c_acctbal).as(alias::totacctbal))
            .from(custsale)
            .group_by(custsale.cntrycode)
            .order_by(custsale.cntrycode.asc());
    }
    static std::string sql(const spelling& s) {
        const std::string code = s.substring("c_phone", 1, 2);
        const std::string countries = code + " in ('13', '31', '23', '29', '30', '18', '17')";
        return "select cntrycode, count(*) as numcust, sum(c_acctbal) as totacctbal from (select " + code +
               " as cntrycode, c_acctbal from customer where " + countries +
               " and c_acctbal > (select avg(c_acctbal) from customer where c_acctbal > 0.00 and " + countries +
               ") and not exists (select * from orders where o_custkey = c_custkey)) as custsale "
               "group by cntrycode order by cntrycode";
    }
};

}  // namespace tpch
