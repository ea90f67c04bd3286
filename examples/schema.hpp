#pragma once
// The seed's schema: users and their posts.
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
