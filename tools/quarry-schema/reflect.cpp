#include "reflect.hpp"

#include <filesystem>
#include <string>
#include <type_traits>

#include <quarry/create_engine.hpp>
#include <quarry/render/identifier_rules.hpp>
#include <quarry/render/standard_dialect.hpp>

#include "errors.hpp"
#include "mysql_catalog.hpp"
#include "postgresql_catalog.hpp"
#include "sqlite_catalog.hpp"

namespace quarry_schema {

namespace {

// SQLite creates a database file that is missing, and an engine switches a file to WAL
// unless told to keep its journal mode: a reader must do neither.
std::string url_to_read(std::string_view text) {
    const quarry::url u = quarry::url::parse(text);
    if (u.scheme != "sqlite" || u.database == ":memory:") return std::string(text);
    if (!std::filesystem::exists(u.database))
        throw schema_error("quarry-schema: there is no SQLite database at '" + u.database + "'");
    if (u.option("journal_mode")) return std::string(text);
    return std::string(text) + (u.options.empty() ? "?" : "&") + "journal_mode=keep";
}

// Names come from the catalog at run time. SQLite takes any bytes in a quoted name, so
// one that Quarry cannot quote (invalid UTF-8) stops here with quarry::invalid_identifier,
// not later in the compiler reading the generated header.
void check_names(const database_schema& schema) {
    for (const table& t : schema.tables) {
        quarry::check_identifier<quarry::standard_dialect>(t.name);
        for (const column& c : t.columns) quarry::check_identifier<quarry::standard_dialect>(c.name);
    }
}

}  // namespace

database_schema read_schema(std::string_view database_url, const type_overrides& overrides) {
    column_typing typing(overrides);
    auto engine = quarry::create_engine(url_to_read(database_url));
    database_schema schema = engine.visit([&](auto& backend) {
        using driver = typename std::remove_cvref_t<decltype(backend)>::driver_type;
        auto db = backend.connect();
        if constexpr (std::is_same_v<driver, quarry::sqlite::driver>) {
            return read_sqlite_schema(db->driver(), typing);
        } else if constexpr (std::is_same_v<driver, quarry::postgresql::driver>) {
            return read_postgresql_schema(db->driver(), typing);
        } else {
            return read_mysql_schema(db->driver(), std::string(driver::dialect::name), typing);
        }
    });
    typing.check();
    check_names(schema);
    return schema;
}

}  // namespace quarry_schema
