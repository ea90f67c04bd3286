#pragma once
// Runs one catalog query, SQL text with bound parameters, through a connection's driver,
// and reads each row into a tuple of the C++ types asked for:
//
//   for (auto& [name, type] : query_rows<std::string, std::string>(driver, "SELECT ...", table))
//
// The catalogs are read with SQL text rather than the DSL because much of what they need
// the DSL does not say, on purpose: PRAGMA functions, unnest(...) WITH ORDINALITY,
// pg_get_constraintdef. Each backend's queries sit together in its reader, verbatim, to
// compare with the backend's documentation. Values are bound, never spliced into the SQL.
#include <string_view>
#include <tuple>
#include <vector>

namespace quarry_schema {

template <class... Columns, class Driver, class... Parameters>
std::vector<std::tuple<Columns...>> query_rows(Driver& driver, std::string_view sql, const Parameters&... parameters) {
    auto statement = driver.prepare(sql);
    int placeholder = 1;
    (driver.bind(statement, placeholder++, parameters), ...);
    std::vector<std::tuple<Columns...>> rows;
    while (driver.step(statement)) {
        std::tuple<Columns...> row;
        std::apply(
            [&](auto&... fields) {
                int column = 0;
                (driver.read(statement, column++, fields), ...);
            },
            row);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace quarry_schema
