#pragma once
// A ready-made on_statement hook: one line per statement, such as
//   quarry: connection 3, 0.214 ms, 1 row, cached: SELECT "users"."name" FROM "users" WHERE "users"."id" = ?
// Bound values never appear (events do not carry them), only their placeholders.
//
//   engine_options settings;
//   settings.connection.on_statement = quarry::log_statements(std::clog);
#include <functional>
#include <ostream>
#include <string>

#include "quarry/engine/connection_options.hpp"

namespace quarry {

std::string describe_statement(const statement_event& event);

// Writes each event's line to `out`, whole, from any number of connections and threads.
// `out` must outlive every connection that uses the hook.
std::function<void(const statement_event&)> log_statements(std::ostream& out);

}  // namespace quarry
