#include "workload.hpp"

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace bench {

namespace {

// Rewrites each ? of `sql` (which holds no other ?) in the given style.
std::string with_placeholders(std::string_view sql, placeholder_style style) {
    if (style == placeholder_style::question_mark) return std::string(sql);
    std::string out;
    out.reserve(sql.size() * 2);
    int number = 0;
    for (const char c : sql) {
        if (c != '?') {
            out += c;
            continue;
        }
        out += style == placeholder_style::dollar_number ? "$" : ":p";
        out += std::to_string(++number);
    }
    return out;
}

constexpr std::string_view inserted_columns = "INSERT INTO bench_inserted (name, quantity, price, note) VALUES ";

// The numbers 1..count as a row source with one column, i, in each dialect's own way.
struct number_rows {
    std::string prefix;  // before SELECT
    std::string from;    // after FROM
};

// (Text is built by appending: g++ 12 at -O3 warns falsely, -Wrestrict, on "literal" + std::string.)
number_rows numbers(dialect_id dialect, int count) {
    const std::string n = std::to_string(count);
    switch (dialect) {
        case dialect_id::sqlite:
            return {std::string("WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ")
                        .append(n)
                        .append(") "),
                    "seq"};
        case dialect_id::mariadb: return {"", std::string("(SELECT seq AS i FROM seq_1_to_").append(n).append(") AS seq")};
        case dialect_id::postgresql: break;
    }
    return {"", std::string("generate_series(1, ").append(n).append(") AS seq(i)")};
}

// 'text ' followed by a number: i unless told otherwise. (|| is OR on MariaDB.)
std::string text_and_number(dialect_id dialect, std::string_view text, std::string_view number = "i") {
    const std::string literal = std::string("'").append(text).append(" '");
    if (dialect == dialect_id::mariadb) return std::string("CONCAT(").append(literal).append(", ").append(number).append(")");
    return std::string(literal).append(" || ").append(number);
}

std::string fill(dialect_id dialect, std::string_view table_and_columns, int count, const std::string& values) {
    const number_rows rows = numbers(dialect, count);
    return std::string("INSERT INTO ")
        .append(table_and_columns)
        .append(" ")
        .append(rows.prefix)
        .append("SELECT ")
        .append(values)
        .append(" FROM ")
        .append(rows.from);
}

template <class Dialect>
std::vector<std::string> schema_script() {
    using quarry::to_sql;
    return {to_sql<Dialect>(quarry::drop_table(bench_orders).if_exists()),
            to_sql<Dialect>(quarry::drop_table(bench_customers).if_exists()),
            to_sql<Dialect>(quarry::drop_table(bench_users).if_exists()),
            to_sql<Dialect>(quarry::drop_table(bench_items).if_exists()),
            to_sql<Dialect>(quarry::drop_table(bench_inserted).if_exists()),
            to_sql<Dialect>(quarry::create_table(bench_users)),
            to_sql<Dialect>(quarry::create_table(bench_items)),
            to_sql<Dialect>(quarry::create_table(bench_inserted)),
            to_sql<Dialect>(quarry::create_table(bench_customers)),
            to_sql<Dialect>(quarry::create_table(bench_orders))};
}

}  // namespace

const std::vector<item>& items_to_insert() {
    static const std::vector<item> rows = [] {
        std::vector<item> made;
        made.reserve(item_count);
        for (int i = 1; i <= item_count; ++i) {
            std::optional<std::string> note;
            if (i % 2 == 0) note = std::string("note ").append(std::to_string(i));
            made.push_back({0, std::string("item ").append(std::to_string(i)), i % 100, i * 0.25, std::move(note)});
        }
        return made;
    }();
    return rows;
}

std::string point_select_sql(placeholder_style style) {
    return with_placeholders("SELECT id, name, age FROM bench_users WHERE id = ?", style);
}

std::string insert_sql(placeholder_style style) {
    return with_placeholders(std::string(inserted_columns) + "(?, ?, ?, ?)", style);
}

std::string multi_row_insert_sql(placeholder_style style, int rows) {
    std::string sql(inserted_columns);
    for (int i = 0; i < rows; ++i) sql += i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
    return with_placeholders(sql, style);
}

std::string scan_sql() { return "SELECT id, name, quantity, price, note FROM bench_items"; }

std::string join_sql(placeholder_style style) {
    return with_placeholders(
        "SELECT c.country, COUNT(o.id), SUM(o.amount) FROM bench_customers c JOIN bench_orders o ON o.customer_id = c.id "
        "WHERE o.amount > ? GROUP BY c.country ORDER BY c.country",
        style);
}

std::string empty_inserted_sql(dialect_id dialect) {
    // SQLite empties a table fastest with an unqualified DELETE; TRUNCATE on the servers.
    return dialect == dialect_id::sqlite ? "DELETE FROM bench_inserted" : "TRUNCATE TABLE bench_inserted";
}

std::vector<std::string> fixture_script(dialect_id dialect) {
    std::vector<std::string> script;
    switch (dialect) {
        case dialect_id::sqlite: script = schema_script<quarry::sqlite::dialect>(); break;
        case dialect_id::mariadb: script = schema_script<quarry::mariadb::dialect>(); break;
        case dialect_id::postgresql: script = schema_script<quarry::postgresql::dialect>(); break;
    }
    script.push_back(fill(dialect, "bench_users (id, name, age)", user_count,
                          std::string("i, ")
                              .append(text_and_number(dialect, "user"))
                              .append(", CASE WHEN i % 10 = 0 THEN NULL ELSE 20 + i % 50 END")));
    script.push_back(fill(dialect, "bench_items (id, name, quantity, price, note)", item_count,
                          std::string("i, ")
                              .append(text_and_number(dialect, "item"))
                              .append(", i % 100, i * 0.25, CASE WHEN i % 2 = 0 THEN ")
                              .append(text_and_number(dialect, "note"))
                              .append(" END")));
    script.push_back(fill(dialect, "bench_customers (id, name, country)", customer_count,
                          std::string("i, ")
                              .append(text_and_number(dialect, "customer"))
                              .append(", ")
                              .append(text_and_number(dialect, "country", "(i % 20)"))));
    script.push_back(fill(dialect, "bench_orders (id, customer_id, amount)", order_count,
                          std::string("i, 1 + i % ").append(std::to_string(customer_count)).append(", (i % 997) * 1.5")));
    return script;
}

}  // namespace bench
