// Each connection's statement cache: a static query prepared once; dynamic statements
// found again by their SQL text (a multi-row INSERT by its row count), the least recently
// used dropped beyond capacity.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "backends.hpp"
#include "schema.hpp"

using namespace quarry;

namespace {
template <class Connection>
void select_ids_in(Connection& db, std::vector<std::int64_t> ids) {
    db(select(users.name).from(users).where(users.id.in(std::move(ids)))).to_vector();
}

template <class Connection>
void insert_names(Connection& db, const std::vector<std::string>& names) {
    auto insert = insert_into(users).columns(users.name);
    for (const std::string& name : names) insert.values(name);
    db(insert);
}
}  // namespace

TEMPLATE_TEST_CASE("a multi-row INSERT is found again by its row count, its text rendered once", "[cache]",
                   QUARRY_BACKENDS) {
    auto db = TestType::open();
    db(create_table(users));
    std::vector<std::string> texts;
    db.on_statement([&](const statement_event& e) { texts.emplace_back(e.sql); });
    const statement_cache_metrics before = db.cache_metrics();
    insert_names(db, {"a", "b"});
    insert_names(db, {"c", "d"});  // two rows again: the cached statement
    insert_names(db, {"e"});
    const statement_cache_metrics after = db.cache_metrics();
    CHECK(after.misses - before.misses == 2);
    CHECK(after.hits - before.hits == 1);
    REQUIRE(texts.size() == 3);
    CHECK(texts[1] == texts[0]);  // the hook sees the cached statement's text
    CHECK(texts[2] != texts[0]);
    std::vector<std::string> names;
    for (const auto& row : db(select(users.name).from(users).order_by(users.name.asc()))) names.push_back(row.name);
    CHECK(names == std::vector<std::string>{"a", "b", "c", "d", "e"});
}

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
    db(create_table(users));  // DDL is found by its text: evicted like a dynamic statement
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
