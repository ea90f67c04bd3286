// expect: ORDER BY takes expressions or sort items
// CVE-2021-35042 (Django): order_by() took a field name from the request, and a
// "table.column" form reached the SQL. Quarry's ORDER BY takes no string at all.
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, const std::string& sort_from_request) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.name).from(users).order_by(sort_from_request));
#else
    enum class user_order { name, age };
    const auto order = sort_from_request == "age" ? user_order::age : user_order::name;
    db(select(users.name).from(users).order_by(choose(order, users.name, users.age).asc()));
#endif
}
