#pragma once
// Quarry's variant of each case, written once for every backend, as a user writes it:
// statements in the DSL run through a connection from the engine's pool. Static
// statements are prepared on their first run and found in the connection's cache after.
#include <boost/hana/adapt_struct.hpp>

#include <stdexcept>
#include <vector>

#include "cases.hpp"
#include "schema.hpp"

// The scan's struct, for mapping by field name (as<T>).
BOOST_HANA_ADAPT_STRUCT(bench::item, id, name, quantity, price, note);

namespace bench::quarry_cases {

template <class Connection>
void point_select(benchmark::State& state, Connection& db) {
    using namespace quarry;
    std::int64_t i = 0;
    for (auto _ : state) {
        auto row = db(select(bench_users.id, bench_users.name, bench_users.age)
                          .from(bench_users)
                          .where(bench_users.id == user_key(i++)))
                       .first();
        benchmark::DoNotOptimize(row);
    }
}

// Runs `write` in a transaction on an empty bench_inserted, timing only the transaction.
// The table is emptied through the driver: SQL the DSL does not say, and not a session change.
template <class Connection, class Write>
void timed_transaction(benchmark::State& state, Connection& db, dialect_id dialect, Write write) {
    for (auto _ : state) {
        state.PauseTiming();
        db->driver().execute(empty_inserted_sql(dialect));
        state.ResumeTiming();
        auto tx = db.begin();
        write();
        tx.commit();
    }
}

template <class Connection>
void insert_rows(benchmark::State& state, Connection& db, dialect_id dialect) {
    using namespace quarry;
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, db, dialect, [&] {
        for (const item& row : rows) {
            db(insert_into(bench_inserted)
                   .set(bench_inserted.name = std::cref(row.name), bench_inserted.quantity = row.quantity,
                        bench_inserted.price = row.price, bench_inserted.note = std::cref(row.note)));
        }
    });
}

template <class Connection>
void multi_row_insert(benchmark::State& state, Connection& db, dialect_id dialect) {
    using namespace quarry;
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, db, dialect, [&] {
        for (std::size_t start = 0; start < rows.size(); start += batch_rows) {
            auto batch = insert_into(bench_inserted)
                             .columns(bench_inserted.name, bench_inserted.quantity, bench_inserted.price,
                                      bench_inserted.note);
            for (std::size_t k = start; k < start + batch_rows; ++k)
                batch.values(rows[k].name, rows[k].quantity, rows[k].price, rows[k].note);
            db(batch);
        }
    });
}

template <class Connection>
void scan_structs(benchmark::State& state, Connection& db) {
    using namespace quarry;
    for (auto _ : state) {
        auto rows = db(select(bench_items.id, bench_items.name, bench_items.quantity, bench_items.price,
                              bench_items.note)
                           .from(bench_items))
                        .to_vector();
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

// The same scan, each row read straight into the struct by Hana mapping.
template <class Connection>
void scan_mapped(benchmark::State& state, Connection& db) {
    using namespace quarry;
    for (auto _ : state) {
        std::vector<item> rows = db(select(bench_items.id, bench_items.name, bench_items.quantity, bench_items.price,
                                           bench_items.note)
                                        .from(bench_items))
                                     .template as<item>()
                                     .to_vector();
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

template <class Connection>
void join_group_order(benchmark::State& state, Connection& db) {
    using namespace quarry;
    for (auto _ : state) {
        auto totals = db(select(bench_customers.country, count(bench_orders.id), sum(bench_orders.amount))
                             .from(bench_customers)
                             .join(bench_orders)
                             .on(bench_orders.customer_id == bench_customers.id)
                             .where(bench_orders.amount > join_min_amount)
                             .group_by(bench_customers.country)
                             .order_by(bench_customers.country.asc()))
                          .to_vector();
        benchmark::DoNotOptimize(totals.data());
    }
}

// Registers every case on one backend; `Connection` returns the pooled connection that the
// variants share for the whole run, so its statement cache lives as long as in a program.
template <auto& Connection, dialect_id Dialect>
bool register_on(std::string_view backend_id) {
    add_case(bench::point_select, backend_id, "quarry", [](benchmark::State& st) { point_select(st, Connection()); });
    add_case(bench::insert_rows, backend_id, "quarry",
             [](benchmark::State& st) { insert_rows(st, Connection(), Dialect); });
    add_case(bench::multi_row_insert, backend_id, "quarry",
             [](benchmark::State& st) { multi_row_insert(st, Connection(), Dialect); });
    add_case(bench::scan_structs, backend_id, "quarry", [](benchmark::State& st) { scan_structs(st, Connection()); });
    add_case(bench::scan_mapped, backend_id, "quarry", [](benchmark::State& st) { scan_mapped(st, Connection()); });
    add_case(bench::join_group_order, backend_id, "quarry",
             [](benchmark::State& st) { join_group_order(st, Connection()); });
    return true;
}

}  // namespace bench::quarry_cases
