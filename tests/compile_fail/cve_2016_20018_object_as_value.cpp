// expect: this value cannot be bound
// CVE-2016-20018 (Knex): an object given as a value was written as an identifier on
// MySQL. In Quarry only a column object is a column; other objects are no value at all.
#include <map>
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

void misuse(quarry::sqlite::connection& db, const std::map<std::string, std::string>& object_from_request) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(users.id).from(users).where(users.name == value(object_from_request)));
#else
    db(select(users.id).from(users).where(users.name == value(object_from_request.at("name"))));
#endif
}
