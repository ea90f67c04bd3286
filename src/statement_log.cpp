#include "quarry/engine/statement_log.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

namespace quarry {

std::string describe_statement(const statement_event& event) {
    char millis[32];
    std::snprintf(millis, sizeof millis, "%.3f ms",
                  std::chrono::duration<double, std::milli>(event.duration).count());
    std::string line = "quarry: connection ";
    line += std::to_string(event.connection_id);
    line += ", ";
    line += millis;
    line += ", ";
    line += std::to_string(event.rows);
    line += event.rows == 1 ? " row" : " rows";
    if (event.cache_hit) line += ", cached";
    line += ": ";
    line += event.sql;
    return line;
}

std::function<void(const statement_event&)> log_statements(std::ostream& out) {
    auto lock = std::make_shared<std::mutex>();
    return [&out, lock](const statement_event& event) {
        std::string line = describe_statement(event);
        line += '\n';
        const std::lock_guard<std::mutex> guard(*lock);
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
        out.flush();
    };
}

}  // namespace quarry
