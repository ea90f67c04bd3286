#pragma once
// A deterministic TPC-H data generator at scale factor 0.01: the row counts and value
// distributions of the specification (section 4.2.3), from a fixed seed and a PRNG of
// our own, so every run and every platform loads the same rows.
#include <cstdint>
#include <string>
#include <vector>

#include <boost/hana/define_struct.hpp>
#include <quarry/schema/value_types.hpp>

namespace tpch {

struct region_row {
    BOOST_HANA_DEFINE_STRUCT(region_row, (std::int64_t, r_regionkey), (std::string, r_name), (std::string, r_comment));
};

struct nation_row {
    BOOST_HANA_DEFINE_STRUCT(nation_row, (std::int64_t, n_nationkey), (std::string, n_name),
                             (std::int64_t, n_regionkey), (std::string, n_comment));
};

struct supplier_row {
    BOOST_HANA_DEFINE_STRUCT(supplier_row, (std::int64_t, s_suppkey), (std::string, s_name),
                             (std::string, s_address), (std::int64_t, s_nationkey), (std::string, s_phone),
                             (double, s_acctbal), (std::string, s_comment));
};

struct part_row {
    BOOST_HANA_DEFINE_STRUCT(part_row, (std::int64_t, p_partkey), (std::string, p_name), (std::string, p_mfgr),
                             (std::string, p_brand), (std::string, p_type), (std::int64_t, p_size),
                             (std::string, p_container), (double, p_retailprice), (std::string, p_comment));
};

struct partsupp_row {
    BOOST_HANA_DEFINE_STRUCT(partsupp_row, (std::int64_t, ps_partkey), (std::int64_t, ps_suppkey),
                             (std::int64_t, ps_availqty), (double, ps_supplycost), (std::string, ps_comment));
};

struct customer_row {
    BOOST_HANA_DEFINE_STRUCT(customer_row, (std::int64_t, c_custkey), (std::string, c_name),
                             (std::string, c_address), (std::int64_t, c_nationkey), (std::string, c_phone),
                             (double, c_acctbal), (std::string, c_mktsegment), (std::string, c_comment));
};

struct orders_row {
    BOOST_HANA_DEFINE_STRUCT(orders_row, (std::int64_t, o_orderkey), (std::int64_t, o_custkey),
                             (std::string, o_orderstatus), (double, o_totalprice), (quarry::date, o_orderdate),
                             (std::string, o_orderpriority), (std::string, o_clerk), (std::int64_t, o_shippriority),
                             (std::string, o_comment));
};

struct lineitem_row {
    BOOST_HANA_DEFINE_STRUCT(lineitem_row, (std::int64_t, l_orderkey), (std::int64_t, l_partkey),
                             (std::int64_t, l_suppkey), (std::int64_t, l_linenumber), (double, l_quantity),
                             (double, l_extendedprice), (double, l_discount), (double, l_tax),
                             (std::string, l_returnflag), (std::string, l_linestatus), (quarry::date, l_shipdate),
                             (quarry::date, l_commitdate), (quarry::date, l_receiptdate),
                             (std::string, l_shipinstruct), (std::string, l_shipmode), (std::string, l_comment));
};

struct database_rows {
    std::vector<region_row> regions;
    std::vector<nation_row> nations;
    std::vector<supplier_row> suppliers;
    std::vector<part_row> parts;
    std::vector<partsupp_row> partsupps;
    std::vector<customer_row> customers;
    std::vector<orders_row> orders;
    std::vector<lineitem_row> lineitems;
};

// The rows at scale factor 0.01: 5 regions, 25 nations, 100 suppliers, 2000 parts,
// 8000 partsupps, 1500 customers, 15000 orders and about 60000 lineitems.
database_rows generate_rows(std::uint64_t seed);

// At this scale about 1.5 orders are expected to pass Q18's 300 units; with this seed
// one does (seeds 4 and 5 give none), so that every query has rows to compare.
inline constexpr std::uint64_t test_seed = 1;

}  // namespace tpch
