// The raw baseline on PostgreSQL: libpq with statements prepared once (PQprepare), run with
// PQexecPrepared, parameters and results in binary format: the fastest a C program gets.
#include <endian.h>
#include <libpq-fe.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "backends.hpp"
#include "cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

// Type OIDs, from the server's pg_type.
constexpr Oid int4_oid = 23;
constexpr Oid int8_oid = 20;
constexpr Oid float8_oid = 701;
constexpr Oid text_oid = 25;
constexpr int binary = 1;

// Owns a result; throws unless it is a success.
class result {
public:
    result(PGconn* conn, PGresult* r) : r_(r) {
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const std::string message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
            PQclear(r);
            throw std::runtime_error(message);
        }
    }
    result(const result&) = delete;
    result& operator=(const result&) = delete;
    ~result() { PQclear(r_); }

    int rows() const { return PQntuples(r_); }
    bool is_null(int row, int column) const { return PQgetisnull(r_, row, column) != 0; }
    std::string_view text(int row, int column) const {
        return {PQgetvalue(r_, row, column), static_cast<std::size_t>(PQgetlength(r_, row, column))};
    }
    std::int64_t int8(int row, int column) const { return static_cast<std::int64_t>(be64toh(bits<std::uint64_t>(row, column))); }
    std::int32_t int4(int row, int column) const { return static_cast<std::int32_t>(be32toh(bits<std::uint32_t>(row, column))); }
    double float8(int row, int column) const { return std::bit_cast<double>(be64toh(bits<std::uint64_t>(row, column))); }

private:
    template <class Bits>
    Bits bits(int row, int column) const {
        Bits b;
        std::memcpy(&b, PQgetvalue(r_, row, column), sizeof b);
        return b;
    }
    PGresult* r_;
};

// The binary parameters of one execution: values point into `storage` or the caller's strings.
class parameters {
public:
    explicit parameters(std::size_t count)
        : values_(count), lengths_(count), formats_(count, binary), storage_(count) {}

    void set_int8(std::size_t i, std::int64_t v) { set_fixed(i, htobe64(static_cast<std::uint64_t>(v)), 8); }
    void set_int4(std::size_t i, std::int32_t v) { set_fixed(i, htobe32(static_cast<std::uint32_t>(v)), 4); }
    void set_float8(std::size_t i, double v) { set_fixed(i, htobe64(std::bit_cast<std::uint64_t>(v)), 8); }
    // Text's binary form is its bytes; the string must outlive the execution.
    void set_text(std::size_t i, const std::string& v) {
        values_[i] = v.data();
        lengths_[i] = static_cast<int>(v.size());
    }
    void set_null(std::size_t i) { values_[i] = nullptr; }

    int count() const { return static_cast<int>(values_.size()); }
    const char* const* values() const { return values_.data(); }
    const int* lengths() const { return lengths_.data(); }
    const int* formats() const { return formats_.data(); }

private:
    void set_fixed(std::size_t i, std::uint64_t big_endian, int length) {
        storage_[i] = big_endian;
        values_[i] = reinterpret_cast<const char*>(&storage_[i]);
        lengths_[i] = length;
    }
    std::vector<const char*> values_;
    std::vector<int> lengths_;
    std::vector<int> formats_;
    std::vector<std::uint64_t> storage_;
};

class raw_postgresql {
public:
    raw_postgresql() {
        prepare_shared_database(dialect_id::postgresql);
        const quarry::postgresql::connect_options o = test_servers::postgresql_socket();
        const std::string port = std::to_string(o.port);
        const char* const keywords[] = {"host", "port", "user", "password", "dbname", nullptr};
        const char* const values[] = {o.host.c_str(), port.c_str(), o.user.c_str(), o.password.c_str(),
                                      o.database.c_str(), nullptr};
        conn_ = PQconnectdbParams(keywords, values, 0);
        if (PQstatus(conn_) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(conn_);
            PQfinish(conn_);
            throw std::runtime_error(message);
        }
        prepare("point_select", point_select_sql(placeholder_style::dollar_number), {int8_oid});
        prepare("insert", insert_sql(placeholder_style::dollar_number), item_types(1));
        prepare("multi_row_insert", multi_row_insert_sql(placeholder_style::dollar_number, batch_rows),
                item_types(batch_rows));
        prepare("scan", scan_sql(), {});
        prepare("join", join_sql(placeholder_style::dollar_number), {float8_oid});
    }
    raw_postgresql(const raw_postgresql&) = delete;
    raw_postgresql& operator=(const raw_postgresql&) = delete;
    ~raw_postgresql() { PQfinish(conn_); }

    result run(const char* name, const parameters& p) {
        return {conn_, PQexecPrepared(conn_, name, p.count(), p.values(), p.lengths(), p.formats(), binary)};
    }
    result run(const std::string& sql) { return {conn_, PQexec(conn_, sql.c_str())}; }

private:
    static std::vector<Oid> item_types(int rows) {
        std::vector<Oid> types;
        for (int i = 0; i < rows; ++i) types.insert(types.end(), {text_oid, int4_oid, float8_oid, text_oid});
        return types;
    }
    void prepare(const char* name, const std::string& sql, const std::vector<Oid>& types) {
        result prepared{conn_, PQprepare(conn_, name, sql.c_str(), static_cast<int>(types.size()), types.data())};
    }
    PGconn* conn_ = nullptr;
};

raw_postgresql& session() {
    static raw_postgresql shared;
    return shared;
}

void run_point_select(benchmark::State& state) {
    raw_postgresql& s = session();
    parameters key{1};
    std::int64_t i = 0;
    user row;
    for (auto _ : state) {
        key.set_int8(0, user_key(i++));
        const result r = s.run("point_select", key);
        if (r.rows() != 1) throw std::runtime_error("point select found no row");
        row.id = r.int8(0, 0);
        row.name = r.text(0, 1);
        if (r.is_null(0, 2)) row.age.reset();
        else row.age = r.int4(0, 2);
        benchmark::DoNotOptimize(row);
    }
}

void set_item(parameters& p, std::size_t first, const item& row) {
    p.set_text(first, row.name);
    p.set_int4(first + 1, row.quantity);
    p.set_float8(first + 2, row.price);
    if (row.note) p.set_text(first + 3, *row.note);
    else p.set_null(first + 3);
}

// Runs `write` in a transaction on an empty bench_inserted, timing only the transaction.
template <class Write>
void timed_transaction(benchmark::State& state, Write write) {
    raw_postgresql& s = session();
    for (auto _ : state) {
        state.PauseTiming();
        s.run(empty_inserted_sql(dialect_id::postgresql));
        state.ResumeTiming();
        s.run("BEGIN");
        write();
        s.run("COMMIT");
    }
}

void run_insert_rows(benchmark::State& state) {
    parameters p{4};
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, [&] {
        for (const item& row : rows) {
            set_item(p, 0, row);
            session().run("insert", p);
        }
    });
}

void run_multi_row_insert(benchmark::State& state) {
    parameters p{4 * batch_rows};
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, [&] {
        for (std::size_t start = 0; start < rows.size(); start += batch_rows) {
            for (std::size_t k = 0; k < batch_rows; ++k) set_item(p, 4 * k, rows[start + k]);
            session().run("multi_row_insert", p);
        }
    });
}

void run_scan(benchmark::State& state) {
    const parameters none{0};
    for (auto _ : state) {
        std::vector<item> rows;
        const result r = session().run("scan", none);
        for (int n = 0; n < r.rows(); ++n) {
            item& row = rows.emplace_back();
            row.id = r.int8(n, 0);
            row.name = r.text(n, 1);
            row.quantity = r.int4(n, 2);
            row.price = r.float8(n, 3);
            if (!r.is_null(n, 4)) row.note = r.text(n, 4);
        }
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

void run_join(benchmark::State& state) {
    parameters p{1};
    p.set_float8(0, join_min_amount);
    for (auto _ : state) {
        std::vector<country_total> totals;
        const result r = session().run("join", p);
        for (int n = 0; n < r.rows(); ++n) {
            country_total& total = totals.emplace_back();
            total.country = r.text(n, 0);
            total.orders = r.int8(n, 1);
            if (!r.is_null(n, 2)) total.amount = r.float8(n, 2);
        }
        benchmark::DoNotOptimize(totals.data());
    }
}

const bool registered = add_case(point_select, "postgresql", "raw", run_point_select) &&
                        add_case(insert_rows, "postgresql", "raw", run_insert_rows) &&
                        add_case(multi_row_insert, "postgresql", "raw", run_multi_row_insert) &&
                        add_case(scan_structs, "postgresql", "raw", run_scan) &&
                        add_case(scan_mapped, "postgresql", "raw", run_scan) &&
                        add_case(join_group_order, "postgresql", "raw", run_join);

}  // namespace
}  // namespace bench
