// SOCI, a peer on every backend, written as its documentation shows: statements prepared
// once with into() and use() bound to variables, executed and fetched row by row.
// (SOCI's SQLite backend includes sqlite3.h in a namespace of its own, so this file
// includes no other SQLite header.)
#include <soci/mysql/soci-mysql.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "backends.hpp"
#include "cases.hpp"
#include "servers.hpp"

namespace bench {
namespace {

// One session and the statements of the cases, with the variables they read and write.
// It stays put: the statements hold the variables' addresses.
struct soci_session {
    soci_session(const soci::backend_factory& backend, const std::string& connect, dialect_id dialect,
                 bool create_tables)
        : sql(backend, connect), dialect(dialect) {
        if (create_tables) {
            for (const std::string& text : fixture_script(dialect)) sql << text;
        }
        point_select = (sql.prepare << point_select_sql(placeholder_style::colon_name), soci::into(id),
                        soci::into(name), soci::into(age, age_indicator), soci::use(key));
        insert = (sql.prepare << insert_sql(placeholder_style::colon_name), soci::use(name), soci::use(quantity),
                  soci::use(price), soci::use(note, note_indicator));
        scan = (sql.prepare << scan_sql(), soci::into(id), soci::into(name), soci::into(quantity), soci::into(price),
                soci::into(note, note_indicator));
    }

    soci::session sql;
    dialect_id dialect;
    long long key = 0;
    long long id = 0;
    std::string name;
    int age = 0;
    soci::indicator age_indicator = soci::i_ok;
    int quantity = 0;
    double price = 0;
    std::string note;
    soci::indicator note_indicator = soci::i_ok;
    soci::statement point_select{sql};
    soci::statement insert{sql};
    soci::statement scan{sql};
};

// One key='value' pair of a SOCI connection string to a server. (Built by appending: g++ 12 at -O3
// warns falsely, -Wrestrict, on "literal" + std::string.)
std::string pair(std::string_view key, std::string_view value) {
    return std::string(" ").append(key).append("='").append(value).append("'");
}

// SOCI's SQLite backend takes db=PATH unquoted, alone: anything else names a file.
soci_session& sqlite_in_memory() {
    static soci_session session{soci::sqlite3, "db=:memory:", dialect_id::sqlite, true};
    return session;
}

soci_session& sqlite_on_file() {
    static soci_session session{soci::sqlite3, std::string("db=").append(shared_sqlite_file()), dialect_id::sqlite,
                                false};
    return session;
}

soci_session& mariadb() {
    static soci_session session = [] {
        prepare_shared_database(dialect_id::mariadb);
        const quarry::mysql::connect_options o = test_servers::mysql_socket();
        return soci_session{soci::mysql,
                            pair("db", o.database) + pair("user", o.user) + pair("password", o.password) +
                                pair("unix_socket", o.unix_socket) + pair("charset", "utf8mb4"),
                            dialect_id::mariadb, false};
    }();
    return session;
}

soci_session& postgresql() {
    static soci_session session = [] {
        prepare_shared_database(dialect_id::postgresql);
        const quarry::postgresql::connect_options o = test_servers::postgresql_socket();
        return soci_session{soci::postgresql,
                            pair("host", o.host) + pair("port", std::to_string(o.port)) + pair("dbname", o.database) +
                                pair("user", o.user) + pair("password", o.password),
                            dialect_id::postgresql, false};
    }();
    return session;
}

void run_point_select(benchmark::State& state, soci_session& s) {
    std::int64_t i = 0;
    user row;
    for (auto _ : state) {
        s.key = user_key(i++);
        if (!s.point_select.execute(true)) throw std::runtime_error("point select found no row");
        row.id = s.id;
        row.name = s.name;
        if (s.age_indicator == soci::i_null) row.age.reset();
        else row.age = s.age;
        // To the end of the result, which ends the statement: on SQLite, a statement left
        // on its row keeps a read snapshot open, and this connection's next write in WAL
        // mode would then fail as "database is locked".
        while (s.point_select.fetch()) {
        }
        benchmark::DoNotOptimize(row);
    }
}

void run_insert_rows(benchmark::State& state, soci_session& s) {
    const std::vector<item>& rows = items_to_insert();
    for (auto _ : state) {
        state.PauseTiming();
        s.sql << empty_inserted_sql(s.dialect);
        state.ResumeTiming();
        soci::transaction transaction{s.sql};
        for (const item& row : rows) {
            s.name = row.name;
            s.quantity = row.quantity;
            s.price = row.price;
            s.note_indicator = row.note ? soci::i_ok : soci::i_null;
            if (row.note) s.note = *row.note;
            s.insert.execute(true);
        }
        transaction.commit();
    }
}

void run_scan(benchmark::State& state, soci_session& s) {
    for (auto _ : state) {
        std::vector<item> rows;
        s.scan.execute();
        while (s.scan.fetch()) {
            item& row = rows.emplace_back();
            row.id = s.id;
            row.name = s.name;
            row.quantity = s.quantity;
            row.price = s.price;
            if (s.note_indicator == soci::i_ok) row.note = s.note;
        }
        if (rows.size() != item_count) throw std::runtime_error("the scan read the wrong number of rows");
        benchmark::DoNotOptimize(rows.data());
    }
}

template <soci_session& (*Session)()>
bool register_on(std::string_view backend_id) {
    return add_case(point_select, backend_id, "soci", [](benchmark::State& st) { run_point_select(st, Session()); }) &&
           add_case(insert_rows, backend_id, "soci", [](benchmark::State& st) { run_insert_rows(st, Session()); }) &&
           add_case(scan_structs, backend_id, "soci", [](benchmark::State& st) { run_scan(st, Session()); });
}

const bool registered = register_on<sqlite_in_memory>("sqlite_memory") && register_on<sqlite_on_file>("sqlite_file") &&
                        register_on<mariadb>("mariadb") && register_on<postgresql>("postgresql");

}  // namespace
}  // namespace bench
