// The raw baseline on MariaDB: Connector/C server-side prepared statements (mysql_stmt_*),
// prepared once, with parameter and result buffers bound once and refilled per row, and
// results streamed from the socket (no mysql_stmt_store_result), as the C API's own
// examples do.
#include <mysql.h>

#include <array>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "backends.hpp"
#include "cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

// Room for every text value of the workload ("item 100000", "country 19").
constexpr unsigned long text_capacity = 64;

struct text_buffer {
    std::array<char, text_capacity> bytes{};
    unsigned long length = 0;
    my_bool is_null = 0;

    void set(const std::string& value) {
        if (value.size() > text_capacity) throw std::runtime_error("a text value is longer than its buffer");
        std::memcpy(bytes.data(), value.data(), value.size());
        length = value.size();
        is_null = 0;
    }
    std::string_view view() const { return {bytes.data(), length}; }
};

MYSQL_BIND integer_bind(std::int64_t& value) {
    MYSQL_BIND b{};
    b.buffer_type = MYSQL_TYPE_LONGLONG;
    b.buffer = &value;
    return b;
}
MYSQL_BIND integer_bind(std::int32_t& value, my_bool* is_null = nullptr) {
    MYSQL_BIND b{};
    b.buffer_type = MYSQL_TYPE_LONG;
    b.buffer = &value;
    b.is_null = is_null;
    return b;
}
MYSQL_BIND real_bind(double& value, my_bool* is_null = nullptr) {
    MYSQL_BIND b{};
    b.buffer_type = MYSQL_TYPE_DOUBLE;
    b.buffer = &value;
    b.is_null = is_null;
    return b;
}
MYSQL_BIND text_bind(text_buffer& text) {
    MYSQL_BIND b{};
    b.buffer_type = MYSQL_TYPE_STRING;
    b.buffer = text.bytes.data();
    b.buffer_length = text_capacity;
    b.length = &text.length;
    b.is_null = &text.is_null;
    return b;
}

// The parameters of one inserted row.
struct item_parameters {
    text_buffer name;
    std::int32_t quantity = 0;
    double price = 0;
    text_buffer note;

    void set(const item& row) {
        name.set(row.name);
        quantity = row.quantity;
        price = row.price;
        if (row.note) note.set(*row.note);
        else note.is_null = 1;
    }
    void append_binds(std::vector<MYSQL_BIND>& binds) {
        binds.push_back(text_bind(name));
        binds.push_back(integer_bind(quantity));
        binds.push_back(real_bind(price));
        binds.push_back(text_bind(note));
    }
};

class statement {
public:
    statement(MYSQL* db, const std::string& sql) : handle_(mysql_stmt_init(db)) {
        if (handle_ == nullptr || mysql_stmt_prepare(handle_, sql.data(), sql.size()) != 0) fail();
    }
    statement(const statement&) = delete;
    statement& operator=(const statement&) = delete;
    ~statement() { mysql_stmt_close(handle_); }

    void bind_parameters(MYSQL_BIND* binds) {
        if (mysql_stmt_bind_param(handle_, binds) != 0) fail();
    }
    void bind_results(MYSQL_BIND* binds) {
        if (mysql_stmt_bind_result(handle_, binds) != 0) fail();
    }
    void execute() {
        if (mysql_stmt_execute(handle_) != 0) fail();
    }
    // The next streamed row into the result buffers; false after the last.
    bool fetch() {
        const int code = mysql_stmt_fetch(handle_);
        if (code == 0) return true;
        if (code != MYSQL_NO_DATA) fail();
        return false;
    }

private:
    [[noreturn]] void fail() const {
        throw std::runtime_error(handle_ ? mysql_stmt_error(handle_) : "mysql_stmt_init failed");
    }
    MYSQL_STMT* handle_;
};

class raw_mariadb {
public:
    raw_mariadb() : db_(connect()) {}
    raw_mariadb(const raw_mariadb&) = delete;
    raw_mariadb& operator=(const raw_mariadb&) = delete;
    ~raw_mariadb() { mysql_close(db_); }

    void query(const std::string& sql) {
        if (mysql_real_query(db_, sql.data(), sql.size()) != 0) throw std::runtime_error(mysql_error(db_));
    }
    MYSQL* handle() const { return db_; }

private:
    static MYSQL* connect() {
        prepare_shared_database(dialect_id::mariadb);
        const quarry::mysql::connect_options o = test_servers::mysql_socket();
        MYSQL* db = mysql_init(nullptr);
        mysql_options(db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
        if (!mysql_real_connect(db, nullptr, o.user.c_str(), o.password.c_str(), o.database.c_str(), 0,
                                o.unix_socket.c_str(), 0)) {
            const std::string message = mysql_error(db);
            mysql_close(db);
            throw std::runtime_error(message);
        }
        return db;
    }
    MYSQL* db_;
};

raw_mariadb& session() {
    static raw_mariadb shared;
    return shared;
}

// Each case's statement with its buffers, bound once; it stays put (the binds point into it).
struct point_select_statement {
    statement stmt{session().handle(), point_select_sql(placeholder_style::question_mark)};
    std::int64_t key = 0;
    std::int64_t id = 0;
    text_buffer name;
    std::int32_t age = 0;
    my_bool age_is_null = 0;

    point_select_statement() {
        MYSQL_BIND parameter = integer_bind(key);
        stmt.bind_parameters(&parameter);
        MYSQL_BIND results[] = {integer_bind(id), text_bind(name), integer_bind(age, &age_is_null)};
        stmt.bind_results(results);
    }
};

struct insert_statement {
    statement stmt;
    std::vector<item_parameters> rows;

    explicit insert_statement(int row_count)
        : stmt{session().handle(), row_count == 1 ? insert_sql(placeholder_style::question_mark)
                                                  : multi_row_insert_sql(placeholder_style::question_mark, row_count)},
          rows(static_cast<std::size_t>(row_count)) {
        std::vector<MYSQL_BIND> binds;
        for (item_parameters& p : rows) p.append_binds(binds);
        stmt.bind_parameters(binds.data());
    }
};

struct scan_statement {
    statement stmt{session().handle(), scan_sql()};
    std::int64_t id = 0;
    text_buffer name;
    std::int32_t quantity = 0;
    double price = 0;
    text_buffer note;

    scan_statement() {
        MYSQL_BIND results[] = {integer_bind(id), text_bind(name), integer_bind(quantity), real_bind(price),
                                text_bind(note)};
        stmt.bind_results(results);
    }
};

struct join_statement {
    statement stmt{session().handle(), join_sql(placeholder_style::question_mark)};
    double min_amount = join_min_amount;
    text_buffer country;
    std::int64_t orders = 0;
    double amount = 0;
    my_bool amount_is_null = 0;

    join_statement() {
        MYSQL_BIND parameter = real_bind(min_amount);
        stmt.bind_parameters(&parameter);
        MYSQL_BIND results[] = {text_bind(country), integer_bind(orders), real_bind(amount, &amount_is_null)};
        stmt.bind_results(results);
    }
};

void run_point_select(benchmark::State& state) {
    static point_select_statement s;
    std::int64_t i = 0;
    user row;
    for (auto _ : state) {
        s.key = user_key(i++);
        s.stmt.execute();
        while (s.stmt.fetch()) {
            row.id = s.id;
            row.name = s.name.view();
            if (s.age_is_null) row.age.reset();
            else row.age = s.age;
        }
        benchmark::DoNotOptimize(row);
    }
}

// Runs `write` in a transaction on an empty bench_inserted, timing only the transaction.
template <class Write>
void timed_transaction(benchmark::State& state, Write write) {
    for (auto _ : state) {
        state.PauseTiming();
        session().query(empty_inserted_sql(dialect_id::mariadb));
        state.ResumeTiming();
        session().query("BEGIN");
        write();
        session().query("COMMIT");
    }
}

void run_insert_rows(benchmark::State& state) {
    static insert_statement s{1};
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, [&] {
        for (const item& row : rows) {
            s.rows[0].set(row);
            s.stmt.execute();
        }
    });
}

void run_multi_row_insert(benchmark::State& state) {
    static insert_statement s{batch_rows};
    const std::vector<item>& rows = items_to_insert();
    timed_transaction(state, [&] {
        for (std::size_t start = 0; start < rows.size(); start += batch_rows) {
            for (std::size_t k = 0; k < batch_rows; ++k) s.rows[k].set(rows[start + k]);
            s.stmt.execute();
        }
    });
}

void run_scan(benchmark::State& state) {
    static scan_statement s;
    for (auto _ : state) {
        std::vector<item> rows;
        s.stmt.execute();
        while (s.stmt.fetch()) {
            item& row = rows.emplace_back();
            row.id = s.id;
            row.name = s.name.view();
            row.quantity = s.quantity;
            row.price = s.price;
            if (!s.note.is_null) row.note = s.note.view();
        }
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

void run_join(benchmark::State& state) {
    static join_statement s;
    for (auto _ : state) {
        std::vector<country_total> totals;
        s.stmt.execute();
        while (s.stmt.fetch()) {
            country_total& total = totals.emplace_back();
            total.country = s.country.view();
            total.orders = s.orders;
            if (!s.amount_is_null) total.amount = s.amount;
        }
        benchmark::DoNotOptimize(totals.data());
    }
}

const bool registered = add_case(point_select, "mariadb", "raw", run_point_select) &&
                        add_case(insert_rows, "mariadb", "raw", run_insert_rows) &&
                        add_case(multi_row_insert, "mariadb", "raw", run_multi_row_insert) &&
                        add_case(scan_structs, "mariadb", "raw", run_scan) &&
                        add_case(scan_mapped, "mariadb", "raw", run_scan) &&
                        add_case(join_group_order, "mariadb", "raw", run_join);

}  // namespace
}  // namespace bench
