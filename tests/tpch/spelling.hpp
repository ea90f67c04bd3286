#pragma once
// The few spellings in which the hand-written SQL differs between backends: SQLite has
// no DATE literal, no INTERVAL, no EXTRACT and no SUBSTRING ... FROM ... FOR; it keeps
// dates as ISO-8601 text, so text and its date() and strftime() stand in for them.
#include <string>

namespace tpch {

enum class backend_sql { sqlite, mysql, postgresql };

struct spelling {
    backend_sql backend;

    // DATE 'yyyy-mm-dd'
    std::string date(const std::string& day) const {
        return backend == backend_sql::sqlite ? "'" + day + "'" : "DATE '" + day + "'";
    }
    // DATE 'yyyy-mm-dd' + INTERVAL 'count' unit, unit being "day", "month" or "year"; count may be negative.
    std::string date_plus(const std::string& day, int count, const std::string& unit) const {
        const std::string number = std::to_string(count);
        switch (backend) {
        case backend_sql::sqlite: return "date('" + day + "', '" + (count < 0 ? "" : "+") + number + " " + unit + "s')";
        case backend_sql::mysql: return "(DATE '" + day + "' + INTERVAL " + number + " " + unit + ")";
        default: return "(DATE '" + day + "' + INTERVAL '" + number + " " + unit + "')";
        }
    }
    // EXTRACT(YEAR FROM column)
    std::string year(const std::string& column) const {
        return backend == backend_sql::sqlite ? "CAST(strftime('%Y', " + column + ") AS INTEGER)"
                                              : "EXTRACT(YEAR FROM " + column + ")";
    }
    // SUBSTRING(column FROM start FOR count)
    std::string substring(const std::string& column, int start, int count) const {
        const std::string from = std::to_string(start), length = std::to_string(count);
        return backend == backend_sql::sqlite ? "substr(" + column + ", " + from + ", " + length + ")"
                                              : "SUBSTRING(" + column + " FROM " + from + " FOR " + length + ")";
    }
};

}  // namespace tpch
