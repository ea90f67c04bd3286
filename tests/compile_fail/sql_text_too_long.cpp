// expect: the statement's SQL text is too long to compute at compile time
// A static statement's text is computed by the compiler, in a 64 KiB buffer: forty
// comparisons of a column named with 2,000 characters do not fit, two do.
#include <cstdint>
#include <utility>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

#define HUNDRED_X "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define THOUSAND_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X HUNDRED_X

QUARRY_TABLE(notes, (id, std::int64_t, primary_key), (code, std::int64_t, sql_name(THOUSAND_X THOUSAND_X)));

template <int... Codes>
auto code_is_one_of(std::integer_sequence<int, Codes...>) {
    return ((notes.code == Codes) || ...);
}

#ifndef QUARRY_CONTROL
constexpr int comparisons = 40;
#else
constexpr int comparisons = 2;
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    db(select(notes.id).from(notes).where(code_is_one_of(std::make_integer_sequence<int, comparisons>{})));
}
