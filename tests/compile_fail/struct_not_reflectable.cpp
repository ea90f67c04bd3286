// expect: as<T>() reads into a struct made reflectable with BOOST_HANA_DEFINE_STRUCT or BOOST_HANA_ADAPT_STRUCT
// The struct was never adapted, so its fields cannot be found by name.
#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

namespace {
struct Name {
    std::string name;
};
}  // namespace

#ifdef QUARRY_CONTROL
BOOST_HANA_ADAPT_STRUCT(Name, name);
#endif

void misuse(quarry::sqlite::connection& db) {
    using namespace quarry;
    for (const Name& n : db(select(users.name).from(users)).as<Name>()) (void)n;
}
