#pragma once
// LIMIT and OFFSET as a SELECT and a set operation both add them: one of each, and OFFSET
// only after LIMIT (the form every dialect accepts).
#include <cstdint>
#include <type_traits>

#include "quarry/statement/clause/filters.hpp"
#include "quarry/statement/clause/no_clause.hpp"

namespace quarry {

// Limit: the statement's LIMIT so far.
template <class Limit>
constexpr limit_clause make_limit(std::int64_t count) {
    static_assert(std::is_same_v<Limit, no_clause>, "quarry: a query has one LIMIT");
    return {{}, value_node<std::int64_t>{count}};
}

template <class Limit, class Offset>
constexpr offset_clause make_offset(std::int64_t count) {
    static_assert(!std::is_same_v<Limit, no_clause>, "quarry: OFFSET needs LIMIT; call .limit(...) first");
    static_assert(std::is_same_v<Offset, no_clause>, "quarry: a query has one OFFSET");
    return {{}, value_node<std::int64_t>{count}};
}

}  // namespace quarry
