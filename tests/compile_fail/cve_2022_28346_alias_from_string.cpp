// expect: .as(name) takes a name declared with QUARRY_ALIAS(name)
// CVE-2022-28346 (Django): annotate() and aggregate() took column aliases from a dict's
// keys, so a request could put SQL into an alias. A Quarry alias is a declared name.
#include <string>

#include <quarry/sqlite/connection.hpp>

#include "schema.hpp"

QUARRY_ALIAS(post_total);

void misuse(quarry::sqlite::connection& db, const std::string& alias_from_request) {
    using namespace quarry;
#ifndef QUARRY_CONTROL
    db(select(count(posts.id).as(alias_from_request)).from(posts));
#else
    (void)alias_from_request;
    db(select(count(posts.id).as(post_total)).from(posts));
#endif
}
