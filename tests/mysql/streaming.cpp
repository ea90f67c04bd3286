// Rows stream off the connection one at a time. These cases hold the driver to its
// promises: another statement may run while a result is open (the open one's rest is read
// ahead, every value intact), a result left before its end frees the connection, and an
// error met in the middle of the rows is thrown where it happens.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "database.hpp"

using namespace quarry;

namespace {
constexpr int row_count = 1000;

// Row i's note: NULL for every 7th row, longer than the driver's first buffer for every
// 5th, longer than its largest buffer for every 97th, short otherwise.
std::optional<std::string> note_of(std::int64_t id) {
    if (id % 7 == 0) return std::nullopt;
    if (id % 97 == 0) return std::string(70000, static_cast<char>('a' + id % 26));
    if (id % 5 == 0) return std::string(300, static_cast<char>('a' + id % 26));
    return "note " + std::to_string(id);
}

// A driver on a table of row_count rows of several types (note_of for the notes).
mysql::driver streaming_table() {
    mysql::driver d{test_servers::mysql_socket()};
    d.execute("DROP TABLE IF EXISTS stream_rows");
    d.execute("CREATE TABLE stream_rows (id BIGINT PRIMARY KEY, note LONGTEXT NULL, amount DECIMAL(12,2) NOT NULL, "
              "ratio DOUBLE NOT NULL, day DATE NOT NULL)");
    d.execute(
        "INSERT INTO stream_rows SELECT seq, CASE WHEN seq % 7 = 0 THEN NULL "
        "WHEN seq % 97 = 0 THEN REPEAT(CHAR(97 + seq % 26), 70000) "
        "WHEN seq % 5 = 0 THEN REPEAT(CHAR(97 + seq % 26), 300) ELSE CONCAT('note ', seq) END, "
        "seq + 0.25, seq / 4, DATE '2024-01-01' + INTERVAL seq DAY FROM seq_1_to_" +
        std::to_string(row_count));
    return d;
}

constexpr const char* all_rows_sql = "SELECT id, note, amount, ratio, day FROM stream_rows ORDER BY id";

// Reads the current row of all_rows_sql and checks every value against its id.
std::int64_t check_row(mysql::driver& d, mysql::statement& s) {
    std::int64_t id = 0;
    std::optional<std::string> note;
    decimal amount;
    double ratio = 0;
    date day;
    d.read(s, 0, id);
    d.read(s, 1, note);
    d.read(s, 2, amount);
    d.read(s, 3, ratio);
    d.read(s, 4, day);
    CHECK(note == note_of(id));
    CHECK(amount.str() == std::to_string(id) + ".25");
    CHECK(ratio == static_cast<double>(id) / 4);
    CHECK(day == date{std::chrono::year{2024} / 1 / 1} + std::chrono::days{id});
    return id;
}

// Steps `s` to its end; the number of rows.
int count_rest(mysql::driver& d, mysql::statement& s) {
    int rows = 0;
    while (d.step(s)) ++rows;
    d.reset(s);
    return rows;
}

std::int64_t scalar(mysql::driver& d, const char* sql) {
    mysql::statement s = d.prepare(sql);
    REQUIRE(d.step(s));
    std::int64_t value = 0;
    d.read(s, 0, value);
    d.reset(s);
    return value;
}
}  // namespace

TEST_CASE("a statement run while a result streams leaves every row of that result intact", "[streaming]") {
    mysql::driver d = streaming_table();
    mysql::statement outer = d.prepare(all_rows_sql);
    std::int64_t expected = 1;
    while (d.step(outer)) {
        REQUIRE(check_row(d, outer) == expected++);
        // Now and then another statement needs the connection: a query, a write, a
        // statement prepared.
        if (expected % 150 == 0) CHECK(scalar(d, "SELECT COUNT(*) FROM stream_rows") == row_count);
        if (expected % 400 == 0) d.execute("UPDATE stream_rows SET ratio = ratio WHERE id = 1");
    }
    d.reset(outer);
    CHECK(expected == row_count + 1);
    // The statement streams again on its next run.
    CHECK(count_rest(d, outer) == row_count);
}

TEST_CASE("the same statement runs again after its result was read ahead", "[streaming]") {
    mysql::driver d = streaming_table();
    mysql::statement s = d.prepare(all_rows_sql);
    REQUIRE(d.step(s));
    CHECK(scalar(d, "SELECT 1") == 1);  // reads s's rest ahead
    CHECK(count_rest(d, s) == row_count - 1);
    for (int run = 0; run < 2; ++run) {
        std::int64_t expected = 1;
        while (d.step(s)) REQUIRE(check_row(d, s) == expected++);
        d.reset(s);
        CHECK(expected == row_count + 1);
    }
}

TEST_CASE("a result left before its end frees the connection", "[streaming]") {
    mysql::driver d = streaming_table();
    SECTION("reset after one row") {
        mysql::statement s = d.prepare(all_rows_sql);
        REQUIRE(d.step(s));
        d.reset(s);
        CHECK(scalar(d, "SELECT COUNT(*) FROM stream_rows") == row_count);
        CHECK(count_rest(d, s) == row_count);
    }
    SECTION("reset after the only row, or before a row longer than the read buffer") {
        // Row 3 is the only one; row 5's note is longer than the driver's first buffer.
        for (const char* sql : {"SELECT id, note FROM stream_rows WHERE id = 3",
                                "SELECT id, note FROM stream_rows WHERE id >= 4 ORDER BY id"}) {
            mysql::statement s = d.prepare(sql);
            for (int run = 0; run < 2; ++run) {
                REQUIRE(d.step(s));
                d.reset(s);
                CHECK(scalar(d, "SELECT COUNT(*) FROM stream_rows") == row_count);
            }
        }
    }
    SECTION("its statement freed after one row") {
        {
            mysql::statement s = d.prepare(all_rows_sql);
            REQUIRE(d.step(s));
        }
        CHECK(scalar(d, "SELECT COUNT(*) FROM stream_rows") == row_count);
    }
    SECTION("through the engine: a loop left, first() and one()") {
        mysql::connection db = empty_database();
        for (int i = 0; i < row_count; ++i) db(insert_into(users).set(users.name = "n" + std::to_string(i)));
        auto everyone = select(users.id, users.name).from(users).order_by(users.id.asc());
        for (const auto& row : db(everyone)) {
            CHECK(row.id == 1);
            break;
        }
        CHECK(db(everyone).first()->name == "n0");
        CHECK_THROWS_AS(db(everyone).one(), usage_error);
        CHECK(db(everyone).to_vector().size() == row_count);
    }
}

TEST_CASE("a statement freed while another streams leaves that one's rows alone", "[streaming]") {
    mysql::driver d = streaming_table();
    std::optional<mysql::statement> finished{d.prepare("SELECT 1")};
    REQUIRE(d.step(*finished));
    CHECK_FALSE(d.step(*finished));
    mysql::statement s = d.prepare(all_rows_sql);
    REQUIRE(d.step(s));
    finished.reset();  // its close must not read s's rows
    CHECK(count_rest(d, s) == row_count - 1);
}

TEST_CASE("a streaming statement moved streams on", "[streaming]") {
    mysql::driver d = streaming_table();
    mysql::statement first = d.prepare(all_rows_sql);
    REQUIRE(d.step(first));
    mysql::statement moved = std::move(first);
    REQUIRE(d.step(moved));
    CHECK(check_row(d, moved) == 2);
    CHECK(scalar(d, "SELECT 2") == 2);  // reads the moved statement's rest ahead
    REQUIRE(d.step(moved));
    CHECK(check_row(d, moved) == 3);
    CHECK(count_rest(d, moved) == row_count - 3);
}

TEST_CASE("an error in the middle of the rows is thrown at the row where it happens", "[streaming]") {
    mysql::driver d = streaming_table();
    // The subquery returns one row for id 1 and two from id 2 on: the server fails there.
    const char* failing = "SELECT (SELECT t.id FROM stream_rows t WHERE t.id <= s.id) FROM stream_rows s ORDER BY s.id";
    SECTION("read as it streams") {
        mysql::statement s = d.prepare(failing);
        REQUIRE(d.step(s));
        CHECK_THROWS_AS(d.step(s), database_error);
        d.reset(s);
        CHECK(scalar(d, "SELECT 3") == 3);
    }
    SECTION("read ahead for another statement") {
        mysql::statement s = d.prepare(failing);
        REQUIRE(d.step(s));
        CHECK(scalar(d, "SELECT 4") == 4);  // the read-ahead meets the error and keeps it
        CHECK_THROWS_AS(d.step(s), database_error);
        d.reset(s);
        REQUIRE(d.step(s));  // a new run fails at the same row
        CHECK_THROWS_AS(d.step(s), database_error);
        d.reset(s);
        CHECK(scalar(d, "SELECT 5") == 5);
    }
}

TEST_CASE("rows read are reported once a nested query read the rest ahead", "[streaming]") {
    mysql::connection db = people_database();
    std::vector<std::int64_t> rows;
    db.on_statement([&](const statement_event& e) {
        if (e.returns_rows) rows.push_back(e.rows);
    });
    int outer_rows = 0;
    for (const auto& user : db(select(users.id).from(users).order_by(users.id.asc()))) {
        ++outer_rows;
        CHECK(db(select(users.name).from(users).where(users.id == user.id)).one().name.size() > 0);
    }
    REQUIRE(rows.size() == static_cast<std::size_t>(outer_rows) + 1);
    CHECK(rows.back() == outer_rows);  // the outer query ends last
    CHECK(outer_rows == 4);
}
