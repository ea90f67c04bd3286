// Every payload of injection_payloads.txt, on every backend, as a value in INSERT, in
// WHERE, in UPDATE and in LIKE patterns: it comes back byte for byte, matches only its
// own row, and the canary table and the bystander row are untouched.
//
// Text a backend refuses as text is refused with a typed error and nothing written:
//   PostgreSQL: invalid UTF-8 and NUL (SQLSTATE 22021, character_not_in_repertoire);
//   MariaDB:    invalid UTF-8 (error 1366, "Incorrect string value", in strict mode);
//   SQLite:     nothing; its TEXT holds any bytes, and they round-trip as they are.
// MariaDB takes UTF-16 surrogate halves encoded as UTF-8 (ED A0 80), and they round-trip.
// SQLite's LIKE stops at a NUL on either side: a pattern "%\0x%" is "%" to it, so it
// matches every row. Checked here as SQLite's behaviour; SECURITY.md says so.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <quarry/quarry.hpp>

#include "integration/fixtures.hpp"
#include "payloads.hpp"
#include "security_backends.hpp"
#include "security_schema.hpp"

using namespace quarry;

namespace {

using texts = std::vector<std::string>;

// MariaDB also takes UTF-16 surrogate halves (ED A0..BF xx), which UTF-8 forbids; they round-trip.
bool is_utf8_or_surrogates(std::string text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '\xed' && static_cast<unsigned char>(text[i + 1]) >= 0xa0) text[i + 1] = '\x9f';
    return is_valid_utf8(text);
}

template <class Backend>
bool refuses_as_text(const std::string& bytes) {
    if constexpr (std::is_same_v<Backend, postgresql_backend>)
        return !is_valid_utf8(bytes) || bytes.find('\0') != std::string::npos;
    else if constexpr (is_mariadb_backend<Backend>) return !is_utf8_or_surrogates(bytes);
    else return false;
}

// SQLite's LIKE reads both sides only up to their first NUL (they are C strings to it).
template <class Backend>
std::string_view seen_by_like(std::string_view text) {
    if constexpr (std::is_same_v<Backend, sqlite_backend>) return text.substr(0, text.find('\0'));
    else return text;
}

template <class Backend>
void check_refusal(const database_error& e) {
    if constexpr (std::is_same_v<Backend, postgresql_backend>) CHECK(e.sqlstate() == "22021");
    else CHECK(e.native_code() == 1366);
}

template <class Connection>
void add_canary_and_bystander(Connection& db) {
    db(create_table(canary));
    db(create_table(guestbook));
    db(insert_into(canary).columns(canary.id, canary.secret).values(1, "alive").values(2, "still alive"));
    // An empty note, which no LIKE '%payload%' can match: the payloads are never empty.
    db(insert_into(guestbook).set(guestbook.author = "bystander", guestbook.note = ""));
}

template <class Connection>
void check_nothing_else_changed(Connection& db) {
    CHECK(first_fields(db(select(canary.secret).from(canary).order_by(canary.id.asc()))) == texts{"alive", "still alive"});
    CHECK(first_fields(db(select(guestbook.author).from(guestbook))) == texts{"bystander"});
    CHECK(first_fields(db(select(guestbook.note).from(guestbook))) == texts{""});
}

template <class Backend, class Connection>
void check_round_trip(Connection& db, const std::string& text) {
    db(insert_into(guestbook).set(guestbook.author = text, guestbook.note = "before"));
    CHECK(first_fields(db(select(guestbook.author).from(guestbook).where(guestbook.author == text))) == texts{text});
    CHECK(db(update(guestbook).set(guestbook.note = text).where(guestbook.author == text)).rows_affected == 1);
    CHECK(first_fields(db(select(guestbook.note).from(guestbook).where(guestbook.author == text))) == texts{text});
    CHECK(first_fields(db(select(guestbook.author).from(guestbook).where(guestbook.author.like(escape_like(text))))) ==
          texts{text});
    // The bystander's note is empty, so only text that LIKE sees as empty matches it too.
    const texts containing = seen_by_like<Backend>(text).empty() ? texts{"", text} : texts{text};
    CHECK(first_fields(db(select(guestbook.note).from(guestbook).where(
              guestbook.note.like("%" + escape_like(text) + "%")).order_by(guestbook.id))) == containing);
    CHECK(get<0>(db(select(count()).from(guestbook)).one()) == 2);
    CHECK(db(delete_from(guestbook).where(guestbook.author == text)).rows_affected == 1);
}

template <class Backend, class Connection>
void check_refused(Connection& db, const std::string& text) {
    try {
        db(insert_into(guestbook).set(guestbook.author = text, guestbook.note = "before"));
        FAIL("the insert was accepted");
    } catch (const database_error& e) {
        check_refusal<Backend>(e);
    }
    // Looking for it either finds nothing or is refused the same way.
    const auto finds_nothing = [&] {
        try {
            return first_fields(db(select(guestbook.author).from(guestbook).where(guestbook.author == text))).empty();
        } catch (const database_error& e) {
            check_refusal<Backend>(e);
            return true;
        }
    };
    CHECK(finds_nothing());
    CHECK(get<0>(db(select(count()).from(guestbook)).one()) == 1);
}

}  // namespace

TEST_CASE("the corpus has at least 200 payloads of every kind", "[security][injection]") {
    const auto& payloads = injection_payloads();
    CHECK(payloads.size() >= 200);
    const auto has = [&](auto&& predicate) {
        for (const payload& p : payloads)
            if (predicate(p.bytes)) return true;
        return false;
    };
    CHECK(has([](const std::string& s) { return s.find("; DROP TABLE canary; --") != std::string::npos; }));
    CHECK(has([](const std::string& s) { return s.find('\0') != std::string::npos; }));
    CHECK(has([](const std::string& s) { return !is_valid_utf8(s); }));
    CHECK(has([](const std::string& s) { return s == "\\' OR 1=1 --"; }));
    CHECK(has([](const std::string& s) { return s.find("\xef\xbc\x87") != std::string::npos; }));  // U+FF07
    CHECK(has([](const std::string& s) { return s.starts_with("#"); }));
}

TEMPLATE_TEST_CASE("every payload is data in INSERT, WHERE, UPDATE and LIKE", "[security][injection]",
                   SECURITY_BACKENDS) {
    auto db = TestType::open();
    if constexpr (std::is_same_v<TestType, mariadb_no_backslash_escapes_backend>)
        CHECK(get<0>(db(unsafe_sql<std::string>("SELECT @@sql_mode")).one()).find("NO_BACKSLASH_ESCAPES") !=
              std::string::npos);
    add_canary_and_bystander(db);
    int refused = 0;
    for (const payload& p : injection_payloads()) {
        INFO(TestType::name << ", payload: " << p.line);
        if (refuses_as_text<TestType>(p.bytes)) {
            check_refused<TestType>(db, p.bytes);
            ++refused;
        } else {
            check_round_trip<TestType>(db, p.bytes);
        }
        check_nothing_else_changed(db);
    }
    // SQLite keeps every payload; the servers refuse the invalid text (and PostgreSQL NUL).
    if constexpr (std::is_same_v<TestType, sqlite_backend>) CHECK(refused == 0);
    else CHECK(refused > 0);
}
