// SQLite's file: missing, in a folder that cannot exist, unwritable, corrupt, or full.
// Opening fails with connection_error naming the path; a file that fails later (read-only,
// corrupt, full) throws storage_error, or its subtype storage_full, from the statement.
//
// The tests may run as root, whom file modes do not stop, so an unwritable file is opened
// read-only through SQLite's URI form ("file:PATH?mode=ro", which Debian's SQLite reads
// in any path); that is what SQLite does by itself when the OS refuses to write. The disk
// fills up at PRAGMA max_page_count, a limit on the file's size that SQLite meets as it
// meets a full disk: with SQLITE_FULL.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

namespace {
using sqlite_engine = engine<sqlite::driver>;

// Writes `bytes` at offset `at` of the file, which is created if missing.
void write_file(const std::string& path, const std::string& bytes, std::streamoff at = 0) {
    std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
    if (!file) file.open(path, std::ios::binary | std::ios::out);
    file.seekp(at);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(file.good());
}

// A database file with a table of 200 rows, closed (so that its WAL is checkpointed).
std::string database_with_rows() {
    const std::string path = fresh_fault_path("rows") + ".db";
    sqlite_engine e{"sqlite:///" + path};
    auto db = e.connect();
    db(create_table(fault_texts));
    for (std::int64_t id = 1; id <= 200; ++id) {
        db(insert_into(fault_texts).set(fault_texts.id = id, fault_texts.body = std::string(100, 'x')));
    }
    return path;
}

std::int64_t text_rows(sqlite_engine& e) {
    auto db = e.connect();
    return get<0>(db(select(count()).from(fault_texts)).one());
}
}  // namespace

TEST_CASE("an SQLite file in a folder that does not exist throws connection_error naming the path", "[faults][sqlite]") {
    const std::string path = fresh_fault_path("missing") + "/folder/app.db";
    sqlite_engine e{"sqlite:///" + path};
    const std::string message = message_thrown<connection_error>([&] { e.connect(); });
    CHECK_THAT(message, Contains("unable to open database file (opening '" + path + "')"));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("an SQLite path under a regular file throws connection_error", "[faults][sqlite]") {
    const std::string file = fresh_fault_path("plain");
    write_file(file, "not a folder");
    sqlite_engine e{"sqlite:///" + file + "/app.db"};
    CHECK_THAT(message_thrown<connection_error>([&] { e.connect(); }), Contains("unable to open database file"));
}

TEST_CASE("a missing SQLite file opened read-only throws connection_error, and no file appears", "[faults][sqlite]") {
    const std::string path = fresh_fault_path("absent") + ".db";
    sqlite_engine e{sqlite::open_options{"file:" + path + "?mode=ro"}};
    CHECK_THAT(message_thrown<connection_error>([&] { e.connect(); }), Contains("unable to open database file"));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("writing to an SQLite file that cannot be written throws storage_error; reading still works",
          "[faults][sqlite]") {
    const std::string path = database_with_rows();
    sqlite::open_options read_only{"file:" + path + "?mode=ro"};
    read_only.journal = sqlite::journal_mode::keep_file;
    sqlite_engine e{read_only};
    auto db = e.connect();
    const std::string message = message_thrown<storage_error>(
        [&] { db(insert_into(fault_texts).set(fault_texts.id = 201, fault_texts.body = "more")); });
    CHECK_THAT(message, Contains("attempt to write a readonly database"));
    CHECK(text_rows(e) == 200);
}

TEST_CASE("an SQLite file of garbage throws connection_error: file is not a database", "[faults][sqlite]") {
    const std::string path = fresh_fault_path("garbage") + ".db";
    write_file(path, std::string(8192, '\x5a'));
    sqlite_engine e{"sqlite:///" + path};
    const std::string message = message_thrown<connection_error>([&] { e.connect(); });
    CHECK_THAT(message, Contains("file is not a database (opening '" + path + "')"));
}

TEST_CASE("an SQLite file with corrupt pages throws storage_error from the query that meets them",
          "[faults][sqlite]") {
    const std::string path = database_with_rows();
    // Page 1 (the header and the schema) stays; every later page is overwritten.
    const auto size = std::filesystem::file_size(path);
    REQUIRE(size > 4096);
    write_file(path, std::string(size - 4096, '\xa5'), 4096);
    sqlite_engine e{"sqlite:///" + path};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string message = message_thrown<storage_error>([&] { text_rows(e); });
        CHECK_THAT(message, Contains("database disk image is malformed"));
    }
    CHECK(e.metrics().in_use == 0);
}

TEST_CASE("SQLite's file full (PRAGMA max_page_count) throws storage_full and keeps nothing of the transaction",
          "[faults][sqlite]") {
    sqlite_engine e = fresh_engine<sqlite_faults>();
    check_rolled_back<storage_full>(e, "database or disk is full", [](auto& db) {
        const auto pages = get<0>(db(unsafe_sql<std::int64_t>("PRAGMA page_count")).one());
        db->execute_sql("PRAGMA max_page_count = " + std::to_string(pages));
        db(insert_into(fault_blobs).set(fault_blobs.id = 1, fault_blobs.data = blob(1 << 20, std::byte{7})));
    });
    auto db = e.connect();
    CHECK(get<0>(db(select(count()).from(fault_blobs)).one()) == 0);
}
