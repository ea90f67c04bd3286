// expect: std::cref binds a value where it is
// A short is bound as a 32-bit integer, so it cannot be bound from where it lives:
// std::cref takes only values of the type the driver binds.
#include <cstdint>
#include <functional>

#include <quarry/quarry.hpp>

#include <quarry/sqlite/connection.hpp>

QUARRY_TABLE(notes, (id, std::int64_t, primary_key), (stars, std::int32_t));

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    const short stars = 3;
#else
    const std::int32_t stars = 3;
#endif
    db(insert_into(notes).set(notes.id = 1, notes.stars = std::cref(stars)));
}
