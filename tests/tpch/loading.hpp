#pragma once
// Creates the eight tables and loads the generated rows, one transaction per table and
// multi-row INSERTs of at most 48000 values (16 columns by 3000 rows): PostgreSQL and
// MySQL take at most 65535 parameters in a statement, SQLite 32766.
#include <algorithm>
#include <span>
#include <vector>

#include "generator.hpp"
#include "tables.hpp"

namespace tpch {

template <class Db, class Table, class Row>
void insert_in_batches(Db& db, const Table& table, const std::vector<Row>& rows) {
    constexpr std::size_t batch = 3000;
    auto tx = db.begin();
    for (std::size_t first = 0; first < rows.size(); first += batch) {
        const std::span<const Row> part(rows.data() + first, std::min(batch, rows.size() - first));
        db(quarry::insert_into(table).values(part));
    }
    tx.commit();
}

template <class Db>
void load(Db& db, const database_rows& rows) {
    quarry::create_all(db, region, nation, supplier, part, partsupp, customer, orders, lineitem);
    insert_in_batches(db, region, rows.regions);
    insert_in_batches(db, nation, rows.nations);
    insert_in_batches(db, supplier, rows.suppliers);
    insert_in_batches(db, part, rows.parts);
    insert_in_batches(db, partsupp, rows.partsupps);
    insert_in_batches(db, customer, rows.customers);
    insert_in_batches(db, orders, rows.orders);
    insert_in_batches(db, lineitem, rows.lineitems);
}

}  // namespace tpch
