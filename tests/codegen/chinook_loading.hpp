#pragma once
// Chinook (tests/codegen/chinook/, MIT licence: see LICENSE.md there), one script per
// backend, loaded into a scratch database; and quarry-schema's header for it, in its own
// namespace, as checked in beside the scripts.
#include <string>
#include <string_view>

#include "quarry-schema/declarable.hpp"
#include "quarry-schema/header_writer.hpp"
#include "quarry-schema/reflect.hpp"
#include "checked_in_header.hpp"
#include "scratch_databases.hpp"
#include "sql_script.hpp"

namespace codegen_test {

template <class Scratch>
struct chinook_files;
template <>
struct chinook_files<sqlite_scratch> {
    static constexpr std::string_view script = "chinook/Chinook_Sqlite.sql";
    static constexpr script_quoting quoting = script_quoting::standard;
    static constexpr std::string_view header = "chinook/sqlite_tables.hpp";
    static constexpr std::string_view cpp_namespace = "chinook_sqlite";
};
template <>
struct chinook_files<mariadb_scratch> {
    static constexpr std::string_view script = "chinook/Chinook_MySql.sql";
    static constexpr script_quoting quoting = script_quoting::backslash_escapes;
    static constexpr std::string_view header = "chinook/mariadb_tables.hpp";
    static constexpr std::string_view cpp_namespace = "chinook_mariadb";
};
template <>
struct chinook_files<postgresql_scratch> {
    static constexpr std::string_view script = "chinook/Chinook_PostgreSql.sql";
    static constexpr script_quoting quoting = script_quoting::standard;
    static constexpr std::string_view header = "chinook/postgresql_tables.hpp";
    static constexpr std::string_view cpp_namespace = "chinook_postgresql";
};

template <class Scratch>
void load_chinook(typename Scratch::connection& db) {
    using files = chinook_files<Scratch>;
    for (const std::string& statement : script_statements(read_text_file(source_dir / files::script), files::quoting))
        db.execute_sql(statement);
}

// Regenerates the header from the loaded database and checks it against the checked-in one.
template <class Scratch>
void check_chinook_header(const Scratch& scratch) {
    using files = chinook_files<Scratch>;
    const auto schema = quarry_schema::declarable(quarry_schema::read_schema(scratch.url(), {}));
    check_checked_in(quarry_schema::write_header(schema, {std::string(files::cpp_namespace)}),
                     std::string(files::header));
}

}  // namespace codegen_test
