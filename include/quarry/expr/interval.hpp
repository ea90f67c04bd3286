#pragma once
// A date or timestamp moved by a number of calendar units, counted by a std::chrono
// duration type: a C++ value is bound, an integer expression is used as it is.
//   orders.placed + std::chrono::days{30}                 events.at - std::chrono::hours{2}
//   users.born + interval<std::chrono::years>(users.age)
// Dates move by days, months and years; timestamps also by hours, minutes and seconds.
//   SQLite      date(x, ? || ' days'); strftime(...) for timestamps, keeping the microseconds
//   MySQL       DATE_ADD(x, INTERVAL ? DAY), DATE_SUB(...)
//   PostgreSQL  x + ? * INTERVAL '1 DAY', cast back to DATE for a date
// A month added to the 31st: MySQL and PostgreSQL stop at the month's last day
// (January 31 + 1 month = February 29 in 2024); SQLite runs over (March 2).
#include <chrono>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/expr/value.hpp"

namespace quarry {

enum class interval_unit { day, month, year, hour, minute, second };

// A count of units, not yet applied to a date: only `date + interval` is an expression.
template <interval_unit Unit, class Count>
struct interval_node {
    Count count;
};

template <class T>
inline constexpr bool is_interval_v = false;
template <interval_unit U, class C>
inline constexpr bool is_interval_v<interval_node<U, C>> = true;

// The unit a std::chrono duration type counts in, if it is one of the six.
template <class Duration>
inline constexpr bool is_interval_duration_v =
    std::is_same_v<Duration, std::chrono::days> || std::is_same_v<Duration, std::chrono::months> ||
    std::is_same_v<Duration, std::chrono::years> || std::is_same_v<Duration, std::chrono::hours> ||
    std::is_same_v<Duration, std::chrono::minutes> || std::is_same_v<Duration, std::chrono::seconds>;

template <class Duration>
inline constexpr interval_unit unit_of_v = std::is_same_v<Duration, std::chrono::days>     ? interval_unit::day
                                           : std::is_same_v<Duration, std::chrono::months> ? interval_unit::month
                                           : std::is_same_v<Duration, std::chrono::years>  ? interval_unit::year
                                           : std::is_same_v<Duration, std::chrono::hours>  ? interval_unit::hour
                                           : std::is_same_v<Duration, std::chrono::minutes> ? interval_unit::minute
                                                                                            : interval_unit::second;

// `x + interval` or, Subtract, `x - interval`.
template <interval_unit Unit, bool Subtract, class Moment, class Count>
struct date_shift : facts_of<Moment, Count>, expression_interface<date_shift<Unit, Subtract, Moment, Count>> {
    using value_type = typename Moment::value_type;
    static constexpr bool nullable = Moment::nullable || Count::nullable;
    // The loosest of the dialects' spellings: PostgreSQL's is a sum.
    static constexpr int precedence = precedence::additive;

    Moment moment;
    Count count;

    constexpr date_shift() = default;
    constexpr date_shift(Moment m, Count c) : moment(std::move(m)), count(std::move(c)) {}

    template <class W>
    constexpr void render(W& w) const {
        W::dialect::template render_date_shift<Unit, Subtract>(w, moment, count);
    }
};

// The unit as MySQL's INTERVAL and PostgreSQL's '1 unit' spell it.
constexpr std::string_view interval_unit_keyword(interval_unit unit) {
    constexpr std::string_view keywords[] = {"DAY", "MONTH", "YEAR", "HOUR", "MINUTE", "SECOND"};
    return keywords[static_cast<int>(unit)];
}

// `interval<std::chrono::days>(count)`: a count of days, months, years, hours, minutes or seconds.
template <class Duration, class Count>
constexpr auto interval(Count&& count) {
    static_assert(is_interval_duration_v<Duration>,
                  "quarry: an interval counts std::chrono::days, months, years, hours, minutes or seconds");
    using count_t = operand_t<Count>;
    static_assert(category_v<typename count_t::value_type> == category::integer,
                  "quarry: an interval counts whole units with an integer");
    return interval_node<unit_of_v<Duration>, count_t>{make_operand(std::forward<Count>(count))};
}

template <class Rep, class Period>
constexpr auto as_interval(const std::chrono::duration<Rep, Period>& duration) {
    return interval<std::chrono::duration<Rep, Period>>(duration.count());
}

template <bool Subtract, class Moment, interval_unit Unit, class Count>
constexpr auto make_date_shift(const Moment& moment, const interval_node<Unit, Count>& shift) {
    constexpr category c = category_v<typename Moment::value_type>;
    static_assert(c == category::date || c == category::timestamp,
                  "quarry: an interval moves a date or a timestamp");
    static_assert(c == category::timestamp || Unit <= interval_unit::year,
                  "quarry: a date moves by days, months or years; hours, minutes and seconds move a timestamp");
    return date_shift<Unit, Subtract, Moment, Count>{moment, shift.count};
}

template <class T>
inline constexpr bool is_chrono_duration_v = false;
template <class Rep, class Period>
inline constexpr bool is_chrono_duration_v<std::chrono::duration<Rep, Period>> = true;

// An interval: one made with interval<...>(count), or a std::chrono duration.
template <class T>
concept interval_operand = is_interval_v<T> || is_chrono_duration_v<T>;

template <class Shift>
constexpr auto to_interval(const Shift& shift) {
    if constexpr (is_interval_v<Shift>) return shift;
    else return as_interval(shift);
}

template <class Moment, class Shift>
    requires expression<Moment> && interval_operand<Shift>
constexpr auto operator+(const Moment& moment, const Shift& shift) {
    return make_date_shift<false>(moment, to_interval(shift));
}

template <class Moment, class Shift>
    requires expression<Moment> && interval_operand<Shift>
constexpr auto operator-(const Moment& moment, const Shift& shift) {
    return make_date_shift<true>(moment, to_interval(shift));
}

}  // namespace quarry
