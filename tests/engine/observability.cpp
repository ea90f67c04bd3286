// The on_statement hook: one event per statement with its SQL (placeholders, never
// values), duration, rows, connection and cache hit; and the ready-made logger.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include <boost/hana/adapt_struct.hpp>

#include <quarry/engine/statement_log.hpp>

#include "backends.hpp"
#include "schema.hpp"

using namespace quarry;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {
// An event, kept beyond the hook call: its SQL is only a view.
struct seen_event {
    std::string sql;
    std::chrono::nanoseconds duration;
    std::int64_t rows;
    bool returns_rows;
    std::uint64_t connection_id;
    bool cache_hit;
};

template <class Connection>
std::vector<seen_event>& record(Connection& db) {
    static std::vector<seen_event> events;
    events.clear();
    db.on_statement([](const statement_event& e) {
        events.push_back({std::string(e.sql), e.duration, e.rows, e.returns_rows, e.connection_id, e.cache_hit});
    });
    return events;
}
}  // namespace

TEMPLATE_TEST_CASE("every statement is reported with rows, duration, connection and cache hit", "[observability]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    auto& events = record(db);
    db(insert_into(users).set(users.name = "Ann"));
    db(insert_into(users).set(users.name = "Bob"));
    for (const auto& row : db(select(users.name).from(users))) CHECK_FALSE(row.name.empty());
    db(update(users).set(users.age = 30).where(all_rows));

    REQUIRE(events.size() == 4);
    CHECK(events[0].rows == 1);
    CHECK_FALSE(events[0].returns_rows);
    CHECK_FALSE(events[0].cache_hit);
    CHECK(events[1].cache_hit);  // the same INSERT, prepared
    CHECK(events[2].returns_rows);
    CHECK(events[2].rows == 2);
    CHECK(events[3].rows == 2);
    for (const seen_event& e : events) {
        CHECK(e.connection_id == db.id());
        CHECK(e.duration > 0ns);
        CHECK_THAT(e.sql, !Contains("Ann") && !Contains("Bob"));
    }
}

TEMPLATE_TEST_CASE("a query left unfinished is reported with the rows read", "[observability]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    db(insert_into(users).set(users.name = "Bob"));
    auto& events = record(db);
    CHECK(db(select(users.name).from(users)).first().has_value());
    REQUIRE(events.size() == 1);
    CHECK(events[0].rows == 1);
}

struct named {
    std::string name;
};
BOOST_HANA_ADAPT_STRUCT(named, name);

TEMPLATE_TEST_CASE("rows read into structs are reported too", "[observability]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    auto& events = record(db);
    CHECK(db(select(users.name).from(users)).template as<named>().to_vector().size() == 1);
    REQUIRE(events.size() == 1);
    CHECK(events[0].returns_rows);
    CHECK(events[0].rows == 1);
}

TEST_CASE("connections are numbered apart") {
    sqlite::connection a{":memory:"};
    sqlite::connection b{":memory:"};
    CHECK(a.id() != b.id());
}

TEST_CASE("the ready-made logger writes one line per statement") {
    CHECK(describe_statement({.sql = "SELECT 1",
                              .duration = 1500us,
                              .rows = 1,
                              .returns_rows = true,
                              .connection_id = 7,
                              .cache_hit = true}) == "quarry: connection 7, 1.500 ms, 1 row, cached: SELECT 1");
    CHECK(describe_statement({.sql = "DELETE FROM \"users\"", .duration = 20us, .rows = 3, .connection_id = 2}) ==
          "quarry: connection 2, 0.020 ms, 3 rows: DELETE FROM \"users\"");

    sqlite::connection db{":memory:"};
    std::ostringstream out;
    db.on_statement(log_statements(out));
    db(create_table(users));
    db(insert_into(users).set(users.name = "s3cr3t"));
    const std::string log = out.str();
    CHECK_THAT(log, Contains(R"(0 rows: CREATE TABLE "users")"));
    CHECK_THAT(log, Contains(R"(1 row: INSERT INTO "users" ("name") VALUES (?))"));
    CHECK_THAT(log, !Contains("s3cr3t"));
}
