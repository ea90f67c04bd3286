// The quarry-schema program itself, run as a user runs it: where the header goes, the exit
// status and messages of each failure, and notes on standard error.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/wait.h>

#include "quarry-schema/declarable.hpp"
#include "quarry-schema/header_writer.hpp"
#include "quarry-schema/reflect.hpp"
#include "scratch_databases.hpp"
#include "sql_script.hpp"

namespace {

struct program_run {
    int status = -1;
    std::string out;
    std::string err;
};

std::string shell_quoted(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs the program that meson names in QUARRY_SCHEMA with these arguments.
program_run run_quarry_schema(const std::vector<std::string>& arguments) {
    const char* program = std::getenv("QUARRY_SCHEMA");
    REQUIRE(program != nullptr);  // set by tests/codegen/meson.build
    const auto scratch = std::filesystem::temp_directory_path() / codegen_test::scratch_name("run");
    std::string command = shell_quoted(program);
    for (const std::string& argument : arguments) command += " " + shell_quoted(argument);
    command += " >" + shell_quoted(scratch.string() + ".out") + " 2>" + shell_quoted(scratch.string() + ".err");
    const int status = std::system(command.c_str());
    program_run run{WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                    codegen_test::read_text_file(scratch.string() + ".out"),
                    codegen_test::read_text_file(scratch.string() + ".err")};
    std::filesystem::remove(scratch.string() + ".out");
    std::filesystem::remove(scratch.string() + ".err");
    return run;
}

std::string header_for(const std::string& url, const std::string& cpp_namespace) {
    return quarry_schema::write_header(quarry_schema::declarable(quarry_schema::read_schema(url, {})), {cpp_namespace});
}

}  // namespace

TEST_CASE("quarry-schema writes the header to standard output, or with -o to a file", "[codegen][program]") {
    codegen_test::sqlite_scratch scratch{"program"};
    scratch.connect().execute_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");

    const program_run to_stdout = run_quarry_schema({scratch.url()});
    CHECK(to_stdout.status == 0);
    CHECK(to_stdout.out == header_for(scratch.url(), ""));
    CHECK(to_stdout.err.empty());

    const auto file = std::filesystem::temp_directory_path() / codegen_test::scratch_name("notes.hpp");
    const program_run to_file = run_quarry_schema({scratch.url(), "-o", file.string(), "--namespace", "app::db"});
    CHECK(to_file.status == 0);
    CHECK(to_file.out.empty());
    CHECK(codegen_test::read_text_file(file) == header_for(scratch.url(), "app::db"));
    std::filesystem::remove(file);
}

TEST_CASE("quarry-schema: an unknown type fails with each column named, and --map-type maps it",
          "[codegen][program]") {
    codegen_test::sqlite_scratch scratch{"program"};
    scratch.connect().execute_sql("CREATE TABLE places (id INTEGER PRIMARY KEY, shape GEOMETRY NOT NULL)");
    const auto file = std::filesystem::temp_directory_path() / codegen_test::scratch_name("places.hpp");

    const program_run unknown = run_quarry_schema({scratch.url(), "-o", file.string()});
    CHECK(unknown.status == 1);
    CHECK(unknown.err == "quarry-schema: Quarry has no C++ type for these columns:\n"
                         "  column \"places\".\"shape\" has type 'GEOMETRY'\n"
                         "map each database type to one with --map-type, as --map-type 'geometry=std::string'\n");
    CHECK_FALSE(std::filesystem::exists(file));  // nothing is written when reading fails

    const program_run mapped = run_quarry_schema({scratch.url(), "--map-type", "geometry=std::string"});
    CHECK(mapped.status == 0);
    CHECK(mapped.out.find("    (shape, std::string));") != std::string::npos);
}

TEST_CASE("quarry-schema: what a declaration cannot say is noted on standard error too", "[codegen][program]") {
    codegen_test::sqlite_scratch scratch{"program"};
    auto db = scratch.connect();
    db.execute_sql("CREATE TABLE kids (id INTEGER PRIMARY KEY, made TEXT)");
    db.execute_sql("CREATE INDEX kids_recent ON kids (made) WHERE made > '2020'");
    const program_run run = run_quarry_schema({scratch.url()});
    CHECK(run.status == 0);
    CHECK(run.err ==
          "quarry-schema: table \"kids\": not declared: partial index \"kids_recent\" (CREATE INDEX ... WHERE)\n");
    CHECK(run.out.find("// Not declared, since QUARRY_TABLE cannot say it:\n"
                       "//   partial index \"kids_recent\" (CREATE INDEX ... WHERE)\n"
                       "QUARRY_TABLE(kids,") != std::string::npos);
}

TEST_CASE("quarry-schema: a missing SQLite file is an error, and is not created", "[codegen][program]") {
    const auto missing = std::filesystem::temp_directory_path() / codegen_test::scratch_name("missing.db");
    const program_run run = run_quarry_schema({"sqlite:///" + missing.string()});
    CHECK(run.status == 1);
    CHECK(run.err == "quarry-schema: there is no SQLite database at '" + missing.string() + "'\n");
    CHECK_FALSE(std::filesystem::exists(missing));
}

TEST_CASE("quarry-schema: a server's URL with its password, and a wrong password that is never shown",
          "[codegen][program]") {
    codegen_test::postgresql_scratch scratch{"program"};
    scratch.connect().execute_sql("CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL)");
    const program_run run = run_quarry_schema({scratch.url()});
    CHECK(run.status == 0);
    CHECK(run.out == header_for(scratch.url(), ""));

    const std::string wrong = "not-the-password-4711";
    const std::string url = scratch.url();
    const auto at = url.find('@');
    const program_run refused = run_quarry_schema({url.substr(0, url.rfind(':', at) + 1) + wrong + url.substr(at)});
    CHECK(refused.status == 1);
    CHECK_FALSE(refused.err.empty());
    CHECK(refused.err.find(wrong) == std::string::npos);
}

TEST_CASE("quarry-schema: a wrong command line shows the usage", "[codegen][program]") {
    const program_run run = run_quarry_schema({"--output"});
    CHECK(run.status == 2);
    CHECK(run.err.starts_with("quarry-schema: --output needs a value\n\nusage: quarry-schema [options] DATABASE_URL\n"));

    const program_run help = run_quarry_schema({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.starts_with("usage: quarry-schema [options] DATABASE_URL\n"));
}
