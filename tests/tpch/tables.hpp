#pragma once
// The eight TPC-H tables (specification 1.4), with the specification's column names.
// Money, quantities and rates are doubles: every backend has them, and the
// comparison with hand-written SQL allows for rounding. Keys are BIGINT.
#include <cstdint>
#include <string>

#include <quarry/quarry.hpp>

namespace tpch {

QUARRY_TABLE(region,
    (r_regionkey, std::int64_t, primary_key),
    (r_name,      std::string),
    (r_comment,   std::string));

QUARRY_TABLE(nation,
    (n_nationkey, std::int64_t, primary_key),
    (n_name,      std::string),
    (n_regionkey, std::int64_t),
    (n_comment,   std::string));

QUARRY_TABLE(supplier,
    (s_suppkey,   std::int64_t, primary_key),
    (s_name,      std::string),
    (s_address,   std::string),
    (s_nationkey, std::int64_t),
    (s_phone,     std::string),
    (s_acctbal,   double),
    (s_comment,   std::string));

QUARRY_TABLE(part,
    (p_partkey,     std::int64_t, primary_key),
    (p_name,        std::string),
    (p_mfgr,        std::string),
    (p_brand,       std::string),
    (p_type,        std::string),
    (p_size,        std::int64_t),
    (p_container,   std::string),
    (p_retailprice, double),
    (p_comment,     std::string));

QUARRY_TABLE(partsupp,
    (ps_partkey,    std::int64_t),
    (ps_suppkey,    std::int64_t),
    (ps_availqty,   std::int64_t),
    (ps_supplycost, double),
    (ps_comment,    std::string),
    primary_key(ps_partkey, ps_suppkey));

QUARRY_TABLE(customer,
    (c_custkey,    std::int64_t, primary_key),
    (c_name,       std::string),
    (c_address,    std::string),
    (c_nationkey,  std::int64_t),
    (c_phone,      std::string),
    (c_acctbal,    double),
    (c_mktsegment, std::string),
    (c_comment,    std::string));

QUARRY_TABLE(orders,
    (o_orderkey,      std::int64_t, primary_key),
    (o_custkey,       std::int64_t),
    (o_orderstatus,   std::string),
    (o_totalprice,    double),
    (o_orderdate,     quarry::date),
    (o_orderpriority, std::string),
    (o_clerk,         std::string),
    (o_shippriority,  std::int64_t),
    (o_comment,       std::string),
    index(o_custkey));

// The index on (part, supplier) serves the correlated subqueries of Q17 and Q20.
QUARRY_TABLE(lineitem,
    (l_orderkey,      std::int64_t),
    (l_partkey,       std::int64_t),
    (l_suppkey,       std::int64_t),
    (l_linenumber,    std::int64_t),
    (l_quantity,      double),
    (l_extendedprice, double),
    (l_discount,      double),
    (l_tax,           double),
    (l_returnflag,    std::string),
    (l_linestatus,    std::string),
    (l_shipdate,      quarry::date),
    (l_commitdate,    quarry::date),
    (l_receiptdate,   quarry::date),
    (l_shipinstruct,  std::string),
    (l_shipmode,      std::string),
    (l_comment,       std::string),
    primary_key(l_orderkey, l_linenumber),
    index(l_partkey, l_suppkey));

}  // namespace tpch
