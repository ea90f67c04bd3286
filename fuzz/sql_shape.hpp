#pragma once
// What the fuzz targets check in a rendered statement: the placeholders in its text,
// counted outside quoted names and literals, and the values a bind pass hands over.
#include <cstddef>
#include <string_view>

#include <quarry/render/sql_writer.hpp>

namespace quarry_fuzz {

// `?` placeholders, or PostgreSQL's $1, $2 ... which must come in order; -1 if they do not.
inline int count_placeholders(std::string_view sql) {
    int count = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"' || c == '`') {
            i = sql.find(c, i + 1);  // doubled quotes are two quoted stretches: same count
            if (i == std::string_view::npos) return -1;
        } else if (c == '?') {
            ++count;
        } else if (c == '$') {
            int number = 0;
            while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') number = number * 10 + (sql[++i] - '0');
            if (number != ++count) return -1;
        }
    }
    return count;
}

// A driver's binder that only counts what it is handed.
struct counting_binder {
    int values = 0;
    template <class T>
    void bind(int, const T&) {
        ++values;
    }
    template <class Parameter>
    void bind_parameter(int, const Parameter&) {
        ++values;
    }
};

template <class Dialect, class Statement>
int count_binds(const Statement& statement) {
    counting_binder binder;
    quarry::bind_writer<Dialect, counting_binder> writer{binder};
    statement.render(writer);
    return binder.values;
}

}  // namespace quarry_fuzz
