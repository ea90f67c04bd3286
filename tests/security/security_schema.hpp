#pragma once
// The tables of the security suite. `canary` must survive every payload unchanged;
// `guestbook` takes each payload as data.
#include <cstdint>
#include <string>

#include <quarry/quarry.hpp>

QUARRY_TABLE(canary,
    (id,     std::int64_t, primary_key),
    (secret, std::string));

QUARRY_TABLE(guestbook,
    (id,     std::int64_t, primary_key, auto_increment),
    (author, std::string),
    (note,   std::string));

// Names that need quoting in every way a dialect quotes.
QUARRY_NAMED_TABLE(odd_names, "odd \"table\" `name`",
    (id,        std::int64_t, primary_key),
    (dq,        std::string,  sql_name("say \"hi\"")),
    (bt,        std::string,  sql_name("back`tick")),
    (doubled,   std::string,  sql_name("\"\"``")),
    (mixed,     std::string,  sql_name("a\"`'b")),
    (reserved,  std::string,  sql_name("select")),
    (spaced,    std::string,  sql_name("order by")),
    (unicode,   std::string,  sql_name("größe 日本")),
    (injection, std::string,  sql_name("x\"`; DROP TABLE canary; --")));
