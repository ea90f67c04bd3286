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

// The same rows as structs, mapped to the tables by field name (see README, Mapping).
struct User {
    std::int64_t id = 0;  // set by quarry::insert
    std::string name;
    std::optional<std::int32_t> age{};
};
BOOST_HANA_ADAPT_STRUCT(User, id, name, age);

struct Post {
    std::int64_t id = 0;
    std::string title;
    std::int64_t user_id = 0;
};
BOOST_HANA_ADAPT_STRUCT(Post, id, title, user_id);
