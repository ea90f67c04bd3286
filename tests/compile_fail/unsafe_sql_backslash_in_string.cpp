// expect: unsafe_sql_text_has_an_unterminated_quote_or_comment_or_a_backslash_in_a_string
// MySQL reads \' inside a literal as a quote, the others as a backslash then the end.
#include <cstdint>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE name = 'a\\' OR 1 = 1 -- '"));
#else
    db(unsafe_sql<std::int64_t>("SELECT id FROM users WHERE name = 'a''' OR 1 = 1 -- '"));
#endif
}
