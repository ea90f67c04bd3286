// Fuzz target: values from the fuzzer's bytes go through real statements on an
// in-memory SQLite database, and exactly the expected rows come back. Each input
// fills the table with a few rows of fuzzed text and numbers, then asks for rows by
// equality, by IN, by a number range and by a LIKE prefix, and compares the result
// with the same filter applied in C++. A canary table must keep its one row.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

using namespace quarry;

QUARRY_TABLE(canary,
    (id,     std::int64_t, primary_key),
    (secret, std::string));

QUARRY_TABLE(entries,
    (id,    std::int64_t, primary_key),
    (text,  std::string),
    (score, std::int64_t));

namespace {

struct entry {
    std::int64_t id;
    std::string text;
    std::int64_t score;
};

using ids = std::vector<std::int64_t>;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "quarry fuzz: %s\n", what);
    std::abort();
}

sqlite::connection& database() {
    static sqlite::connection db = [] {
        sqlite::connection created{":memory:"};
        created(create_table(canary));
        created(create_table(entries));
        created(insert_into(canary).set(canary.id = 1, canary.secret = "alive"));
        return created;
    }();
    return db;
}

template <class Result>
ids ids_of(Result&& result) {
    ids out;
    for (const auto& row : result) out.push_back(get<0>(row));
    return out;
}

template <class Predicate>
ids expected(const std::vector<entry>& rows, Predicate&& keep) {
    ids out;
    for (const entry& e : rows)
        if (keep(e)) out.push_back(e.id);
    return out;
}

// SQLite's LIKE ignores ASCII case only; a prefix check in C++ with the same rule.
bool starts_with_ignoring_ascii_case(const std::string& text, const std::string& prefix) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [&](char a, char b) { return lower(a) == lower(b); });
}

// SQLite's LIKE reads text only up to its first NUL (see SECURITY.md).
std::string seen_by_like(const std::string& text) { return text.substr(0, text.find('\0')); }

// A pattern's expectation is simple when the pattern is ASCII without NUL.
bool plain_ascii(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c > 0 && static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider fuzz(data, size);
    auto& db = database();
    db(delete_from(entries).where(all_rows));

    std::vector<entry> rows(fuzz.ConsumeIntegralInRange<std::size_t>(0, 8));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // Few distinct texts, so that equal ones are common.
        rows[i] = {static_cast<std::int64_t>(i + 1), fuzz.ConsumeRandomLengthString(24), fuzz.ConsumeIntegral<std::int64_t>()};
        db(insert_into(entries).set(entries.id = rows[i].id, entries.text = rows[i].text, entries.score = rows[i].score));
    }
    const std::string wanted = rows.empty() || fuzz.ConsumeBool() ? fuzz.ConsumeRandomLengthString(24)
                                                                  : rows[fuzz.ConsumeIntegralInRange<std::size_t>(0, rows.size() - 1)].text;
    const std::int64_t low = fuzz.ConsumeIntegral<std::int64_t>();
    const std::vector<std::string> some = {wanted, fuzz.ConsumeRandomLengthString(24)};

    const auto by_id = entries.id.asc();
    if (ids_of(db(select(entries.id).from(entries).where(entries.text == wanted).order_by(by_id))) !=
        expected(rows, [&](const entry& e) { return e.text == wanted; }))
        fail("equality found other rows");
    if (ids_of(db(select(entries.id).from(entries).where(entries.text.in(some)).order_by(by_id))) !=
        expected(rows, [&](const entry& e) { return e.text == some[0] || e.text == some[1]; }))
        fail("IN found other rows");
    if (ids_of(db(select(entries.id).from(entries).where(entries.score >= low).order_by(by_id))) !=
        expected(rows, [&](const entry& e) { return e.score >= low; }))
        fail("a range found other rows");
    if (plain_ascii(wanted) &&
        ids_of(db(select(entries.id).from(entries).where(entries.text.like(escape_like(wanted) + "%")).order_by(by_id))) !=
            expected(rows, [&](const entry& e) { return starts_with_ignoring_ascii_case(seen_by_like(e.text), wanted); }))
        fail("a LIKE prefix found other rows");
    for (const entry& e : rows)
        if (get<0>(db(select(entries.text).from(entries).where(entries.id == e.id)).one()) != e.text)
            fail("a text did not come back as it was");
    if (get<0>(db(select(count()).from(entries)).one()) != static_cast<std::int64_t>(rows.size()))
        fail("the row count changed");
    if (get<0>(db(select(canary.secret).from(canary).where(canary.id == 1)).one()) != "alive") fail("the canary changed");
    return 0;
}
