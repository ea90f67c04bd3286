#pragma once
// What every library does in each case: the sizes, the rows to insert, the structs rows
// are read into, the SQL text the raw baselines and peers run, and the script that
// creates and fills the tables. Quarry runs the same statements written in its DSL.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bench {

constexpr int user_count = 1'000;        // point selects cycle through these keys
constexpr int item_count = 100'000;      // rows scanned, and rows inserted per run
constexpr int batch_rows = 1'000;        // rows per multi-row INSERT statement
constexpr int customer_count = 200;      // in 20 countries
constexpr int order_count = 20'000;
constexpr double join_min_amount = 100;  // the join's WHERE keeps most orders

// A row of bench_items as the scan reads it.
struct item {
    std::int64_t id = 0;
    std::string name;
    std::int32_t quantity = 0;
    double price = 0;
    std::optional<std::string> note;
};

// A row of bench_users as the point select reads it.
struct user {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int32_t> age;
};

// A row of the join's result.
struct country_total {
    std::string country;
    std::int64_t orders = 0;
    std::optional<double> amount;
};

// The item_count rows that the insert cases write (id left to the database), made on the
// first call: take them before the timed loop.
const std::vector<item>& items_to_insert();

// The key of the i-th point select: every user in turn.
inline std::int64_t user_key(std::int64_t i) { return i % user_count + 1; }

enum class dialect_id { sqlite, mariadb, postgresql };

// How a library spells the n-th bound value: ? (SQLite, Connector/C), $n (libpq), :pn (SOCI).
enum class placeholder_style { question_mark, dollar_number, colon_name };

std::string point_select_sql(placeholder_style style);  // id, name, age of one user
std::string insert_sql(placeholder_style style);        // one row of bench_inserted
std::string multi_row_insert_sql(placeholder_style style, int rows);
std::string scan_sql();                                 // all of bench_items, 5 columns
std::string join_sql(placeholder_style style);          // orders per country above an amount
std::string empty_inserted_sql(dialect_id dialect);

// Drops the tables if present, creates them (from the Quarry declarations in schema.hpp)
// and fills them; run once per database.
std::vector<std::string> fixture_script(dialect_id dialect);

}  // namespace bench
