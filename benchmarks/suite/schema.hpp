#pragma once
// The tables every case runs on, declared once for Quarry. The raw baselines and the
// peers use the same tables through the SQL text in workload.hpp; fixture_script()
// creates them from these declarations, so that every library sees the same schema.
#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>

// Point selects by primary key: 3 columns.
QUARRY_TABLE(bench_users,
    (id,   std::int64_t, primary_key),
    (name, std::string),
    (age,  std::optional<std::int32_t>));

// Scans: 5 columns, one of them nullable.
QUARRY_TABLE(bench_items,
    (id,       std::int64_t, primary_key),
    (name,     std::string),
    (quantity, std::int32_t),
    (price,    double),
    (note,     std::optional<std::string>));

// The inserts' target, emptied before each run: bench_items' columns, with a generated key.
QUARRY_TABLE(bench_inserted,
    (id,       std::int64_t, primary_key, auto_increment),
    (name,     std::string),
    (quantity, std::int32_t),
    (price,    double),
    (note,     std::optional<std::string>));

// The join: orders of customers, totalled per country.
QUARRY_TABLE(bench_customers,
    (id,      std::int64_t, primary_key),
    (name,    std::string),
    (country, std::string));

QUARRY_TABLE(bench_orders,
    (id,          std::int64_t, primary_key),
    (customer_id, std::int64_t, references(bench_customers, id)),
    (amount,      double));
