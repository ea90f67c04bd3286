#pragma once
// quarry::create_engine(url): an engine for any URL Quarry has a backend for, chosen at
// run time by the URL's scheme. This header is where the built-in backends are listed:
//   sqlite:///app.db  sqlite::memory:            quarry::sqlite::driver
//   mysql://...                                  quarry::mysql::driver
//   mariadb://...     (MySQL's driver, MariaDB's dialect: RETURNING)  quarry::mariadb::driver
//   postgresql://...  postgres://...             quarry::postgresql::driver
// A program that needs one backend includes it alone and names quarry::engine<its driver>.
#include <string_view>
#include <utility>

#include "quarry/engine/any_engine.hpp"
#include "quarry/mysql/connection.hpp"
#include "quarry/postgresql/connection.hpp"
#include "quarry/sqlite/connection.hpp"

namespace quarry {

using engine_for_any_url = any_engine<sqlite::driver, mysql::driver, mariadb::driver, postgresql::driver>;

inline engine_for_any_url create_engine(std::string_view database_url, engine_options settings = {}) {
    return engine_for_any_url{database_url, std::move(settings)};
}

}  // namespace quarry
