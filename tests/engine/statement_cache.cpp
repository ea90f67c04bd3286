// Each connection's statement cache: a static query prepared once; dynamic statements
// found again by their SQL text, the least recently used dropped beyond capacity.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "backends.hpp"
#include "schema.hpp"

using namespace quarry;

namespace {
template <class Connection>
void select_ids_in(Connection& db, std::vector<std::int64_t> ids) {
    db(select(users.name).from(users).where(users.id.in(std::move(ids)))).to_vector();
}
}  // namespace

TEMPLATE_TEST_CASE("a static query is prepared on first use and found in the cache after", "[cache]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    const statement_cache_metrics before = db.cache_metrics();
    for (std::int64_t id = 0; id < 3; ++id) db(select(users.name).from(users).where(users.id == id)).to_vector();
    const statement_cache_metrics after = db.cache_metrics();
    CHECK(after.misses - before.misses == 1);
    CHECK(after.hits - before.hits == 2);
    CHECK(after.size - before.size == 1);
}

TEMPLATE_TEST_CASE("a dynamic statement is found again by its SQL text", "[cache]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    const statement_cache_metrics before = db.cache_metrics();
    select_ids_in(db, {1, 2});
    select_ids_in(db, {3, 4});  // the same SQL: IN (?, ?)
    select_ids_in(db, {1, 2, 3});
    const statement_cache_metrics after = db.cache_metrics();
    CHECK(after.misses - before.misses == 2);
    CHECK(after.hits - before.hits == 1);
}

TEST_CASE("beyond its capacity, the least recently used dynamic statement is dropped") {
    sqlite::connection db{":memory:", {.statement_cache_size = 2}};
    db(create_table(users));  // DDL is rendered at run time: dynamic too
    select_ids_in(db, {1});
    select_ids_in(db, {1, 2});     // miss: drops CREATE TABLE
    select_ids_in(db, {1});        // hit: now {1, 2} is the least recent
    select_ids_in(db, {1, 2, 3});  // miss: drops {1, 2}
    select_ids_in(db, {1});        // hit
    select_ids_in(db, {1, 2});     // miss again: drops {1, 2, 3}
    const statement_cache_metrics m = db.cache_metrics();
    CHECK(m.hits == 2);
    CHECK(m.misses == 5);
    CHECK(m.evictions == 3);
    CHECK(m.size == 2);
}

TEST_CASE("with capacity 0, every dynamic statement is prepared for its one execution") {
    sqlite::connection db{":memory:", {.statement_cache_size = 0}};
    db(create_table(users));
    select_ids_in(db, {1});
    select_ids_in(db, {1});
    const statement_cache_metrics m = db.cache_metrics();
    CHECK(m.misses == 3);
    CHECK(m.hits == 0);
    CHECK(m.size == 0);
}

TEMPLATE_TEST_CASE("a query run again while its cached statement is being read gets a statement of its own",
                   "[cache]", QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    db(insert_into(users).set(users.name = "Ann"));
    db(insert_into(users).set(users.name = "Bob"));
    int pairs = 0;
    for (const auto& outer : db(select(users.name).from(users))) {
        for (const auto& inner : db(select(users.name).from(users))) pairs += outer.name != inner.name;
    }
    CHECK(pairs == 2);
}
