#pragma once
// COUNT, SUM, AVG, MIN and MAX, with DISTINCT: `count(distinct(users.age))`; over a
// window instead of a group: `sum(posts.id).over(window().order_by(posts.id))`.
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/expr/over.hpp"
#include "quarry/expr/value.hpp"

namespace quarry {

template <class Expr>
struct distinct_argument {
    Expr expr;
};

template <class Expr>
    requires expression<Expr>
constexpr auto distinct(const Expr& expr) {
    return distinct_argument<Expr>{expr};
}

namespace agg {
struct count {
    static constexpr std::string_view sql = "COUNT";
    static constexpr bool never_null = true;
    template <class>
    using result = std::int64_t;
};
struct sum {
    static constexpr std::string_view sql = "SUM";
    static constexpr bool never_null = false;
    // A sum of 64-bit unsigned values can pass INT64_MAX, so it is exact as a decimal.
    template <class T>
    using result = std::conditional_t<std::is_same_v<T, double> || std::is_same_v<T, decimal>, T,
                                      std::conditional_t<std::is_same_v<T, std::uint64_t>, decimal, std::int64_t>>;
};
struct avg {
    static constexpr std::string_view sql = "AVG";
    static constexpr bool never_null = false;
    template <class T>
    using result = std::conditional_t<std::is_same_v<T, decimal>, decimal, double>;
};
struct min {
    static constexpr std::string_view sql = "MIN";
    static constexpr bool never_null = false;
    template <class T>
    using result = T;
};
struct max {
    static constexpr std::string_view sql = "MAX";
    static constexpr bool never_null = false;
    template <class T>
    using result = T;
};
}  // namespace agg

// An aggregate hides the columns inside it from the GROUP BY check: `COUNT(posts.id)`
// is fine next to grouped columns, a bare `posts.id` is not.
template <class Fn, bool Distinct, class Arg>
struct aggregate : expression_interface<aggregate<Fn, Distinct, Arg>> {
    using tables = typename Arg::tables;
    using bare_columns = type_list<>;
    using parameters = typename Arg::parameters;
    static constexpr bool contains_aggregate = true;
    static constexpr bool is_dynamic = Arg::is_dynamic;

    using value_type = typename Fn::template result<typename Arg::value_type>;
    static constexpr bool nullable = !Fn::never_null;
    static constexpr bool never_null = Fn::never_null;
    static constexpr int precedence = precedence::atom;
    static constexpr bool binds_nothing = binds_nothing_in_v<Arg>;

    Arg arg;

    constexpr aggregate() = default;
    constexpr explicit aggregate(Arg a) : arg(std::move(a)) {}

    // Over a window: one value per row, NULL only where the frame holds no value.
    using argument_facts = facts_of<Arg>;
    static constexpr bool nullable_in_window(bool current_row_in_frame) {
        return !Fn::never_null && (Arg::nullable || !current_row_in_frame);
    }
    template <class Window>
    constexpr auto over(const Window& window) const {
        static_assert(!Distinct, "quarry: an aggregate over a window cannot take DISTINCT");
        return make_over(*this, window);
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write(Fn::sql);
        w.write(Distinct ? "(DISTINCT " : "(");
        arg.render(w);
        w.write(")");
    }
};

// COUNT(*)
struct count_rows : leaf_facts, expression_interface<count_rows> {
    static constexpr bool contains_aggregate = true;
    using value_type = std::int64_t;
    static constexpr bool nullable = false;
    static constexpr bool never_null = true;
    static constexpr int precedence = precedence::atom;

    using argument_facts = leaf_facts;
    static constexpr bool nullable_in_window(bool) { return false; }
    template <class Window>
    constexpr auto over(const Window& window) const {
        return make_over(*this, window);
    }

    template <class W>
    constexpr void render(W& w) const {
        w.write("COUNT(*)");
    }
};

template <class Arg>
struct aggregated {
    using expr = Arg;
    static constexpr bool is_distinct = false;
    static constexpr const Arg& get(const Arg& arg) { return arg; }
};
template <class Expr>
struct aggregated<distinct_argument<Expr>> {
    using expr = Expr;
    static constexpr bool is_distinct = true;
    static constexpr const Expr& get(const distinct_argument<Expr>& arg) { return arg.expr; }
};

template <class Fn, class Arg>
constexpr auto make_aggregate(const Arg& arg) {
    using info = aggregated<Arg>;
    static_assert(expression<typename info::expr>, "quarry: aggregates take a column or an expression");
    return aggregate<Fn, info::is_distinct, typename info::expr>{info::get(arg)};
}

template <class Arg>
inline constexpr bool numeric_aggregate_argument_v = is_numeric_v<typename aggregated<Arg>::expr::value_type>;

constexpr count_rows count() { return {}; }

template <class Arg>
constexpr auto count(const Arg& arg) {
    return make_aggregate<agg::count>(arg);
}
template <class Arg>
constexpr auto sum(const Arg& arg) {
    static_assert(numeric_aggregate_argument_v<Arg>, "quarry: SUM needs a number");
    return make_aggregate<agg::sum>(arg);
}
template <class Arg>
constexpr auto avg(const Arg& arg) {
    static_assert(numeric_aggregate_argument_v<Arg>, "quarry: AVG needs a number");
    return make_aggregate<agg::avg>(arg);
}
template <class Arg>
constexpr auto min(const Arg& arg) {
    return make_aggregate<agg::min>(arg);
}
template <class Arg>
constexpr auto max(const Arg& arg) {
    return make_aggregate<agg::max>(arg);
}

}  // namespace quarry
