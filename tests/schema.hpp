#pragma once
// Tables shared by the test suites.
#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>

QUARRY_TABLE(users,
    (id,   std::int64_t,                primary_key, auto_increment),
    (name, std::string,                 unique),
    (age,  std::optional<std::int32_t>));

QUARRY_TABLE(posts,
    (id,      std::int64_t, primary_key, auto_increment),
    (title,   std::string),
    (user_id, std::int64_t, references(users, id), on_delete(cascade)));

// A self-referencing table for aliases and self-joins.
QUARRY_TABLE(employees,
    (id,      std::int64_t, primary_key),
    (name,    std::string),
    (boss_id, std::optional<std::int64_t>, references(employees, id)));

// Every value type, and names that need quoting.
QUARRY_NAMED_TABLE(samples, "sample rows",
    (id,        std::int64_t,                   primary_key, auto_increment),
    (small,     std::int32_t,                   default(7)),
    (ratio,     double,                         default(0.5)),
    (flag,      bool,                           default(false)),
    (label,     std::string,                    sql_name("select"), default("it's")),
    (payload,   std::optional<quarry::blob>),
    (day,       std::optional<quarry::date>),
    (moment,    std::optional<quarry::timestamp>),
    (quoted,    std::optional<std::string>,     sql_name("say \"hi\"")));
