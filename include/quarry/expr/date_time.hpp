#pragma once
// Parts of dates and timestamps, and the current date and time, spelled per dialect.
//   extract<date_part::year>(orders.placed)    EXTRACT(YEAR FROM ...); strftime('%Y', ...) on SQLite
//   current_date(), current_timestamp()        in UTC, as Quarry stores every timestamp
// A part is a whole number: seconds drop their fraction on every dialect.
#include <cstdint>
#include <string_view>

#include "quarry/expr/functions.hpp"

namespace quarry {

enum class date_part { year, month, day, hour, minute, second };

namespace fn {
template <date_part Part>
struct extract {
    template <class...>
    using result = std::int64_t;
    template <class... Args>
    static constexpr bool nullable = (Args::nullable || ...);
    static constexpr int precedence = precedence::atom;
    template <class W, class Arg>
    static constexpr void render(W& w, const Arg& arg) {
        W::dialect::template render_extract<Part>(w, arg);
    }
};

}  // namespace fn

// CURRENT_DATE or CURRENT_TIMESTAMP, as the dialect spells it.
template <class T>
struct current_moment : leaf_facts, expression_interface<current_moment<T>> {
    using value_type = T;
    static constexpr bool nullable = false;
    static constexpr int precedence = precedence::atom;

    template <class W>
    constexpr void render(W& w) const {
        if constexpr (category_v<T> == category::date) w.write(W::dialect::current_date);
        else w.write(W::dialect::current_timestamp);
    }
};

// The SQL keyword of a date part.
constexpr std::string_view date_part_keyword(date_part part) {
    constexpr std::string_view keywords[] = {"YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"};
    return keywords[static_cast<int>(part)];
}

template <date_part Part, class Arg>
constexpr auto extract(Arg&& arg) {
    using value_t = typename operand_t<Arg>::value_type;
    static_assert(category_v<value_t> == category::date || category_v<value_t> == category::timestamp,
                  "quarry: extract takes a date or a timestamp");
    static_assert(category_v<value_t> == category::timestamp || Part <= date_part::day,
                  "quarry: a date has no hour, minute or second; extract them from a timestamp");
    return call<fn::extract<Part>>(std::forward<Arg>(arg));
}

// Today's date in UTC.
constexpr current_moment<date> current_date() { return {}; }
// Now, in UTC, with the dialect's finest precision (microseconds; milliseconds on SQLite).
constexpr current_moment<timestamp> current_timestamp() { return {}; }

}  // namespace quarry
