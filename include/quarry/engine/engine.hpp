#pragma once
// An engine: one database, named by a URL, and the pool of connections to it.
//
//   quarry::engine<quarry::postgresql::driver> engine{"postgresql://app:secret@127.0.0.1:5432/shop?pool_size=4"};
//   auto db = engine.connect();            // a pooled connection, given back when destroyed
//   db(insert_into(users).set(users.name = "Ann"));
//
// To pick the backend from the URL at run time, see create_engine.hpp.
//
// The engine reads these URL options (each backend reads its own too, see its
// connect_options or open_options); an unknown option is a url_error:
//   pool_size=8             at most this many connections (1 for sqlite::memory:)
//   acquire_timeout=30s     how long connect() waits for a free connection
//   pre_ping=true           check an idle connection before lending it
//   ping_after_idle=500ms   ...only one idle at least this long
//   max_lifetime=30min      replace connections this old (default: never)
//   idle_timeout=10min      close connections idle this long (default: never)
//   leak_threshold=1min     report connections held this long (default: never)
//   statement_cache_size=128  dynamic statements each connection keeps prepared
// The same settings can be given in engine_options instead, which the URL's override.
// An engine prints (and its URL is kept) with the password replaced by ***.
#include <algorithm>
#include <concepts>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "quarry/core/source_location.hpp"
#include "quarry/engine/connection_options.hpp"
#include "quarry/engine/pool.hpp"
#include "quarry/engine/pool_options.hpp"
#include "quarry/engine/url.hpp"

namespace quarry {

struct engine_options {
    pool_options pool = {};
    connection_options connection = {};
};

// Reads the engine's own URL options over `defaults`.
engine_options read_engine_options(url_options& options, engine_options defaults);

template <class Driver>
class engine {
public:
    using driver_type = Driver;
    using dialect = typename Driver::dialect;

    // Throws url_error for a malformed URL, another backend's scheme, or an unknown option.
    explicit engine(std::string_view database_url, engine_options defaults = {})
        : engine(url::parse(database_url), std::move(defaults)) {}

    explicit engine(const url& database_url, engine_options defaults = {}) : url_(database_url.redacted()) {
        if (std::ranges::find(Driver::url_schemes, database_url.scheme) == Driver::url_schemes.end()) {
            throw url_error("quarry: a " + std::string(dialect::name) + " engine cannot open a '" +
                            database_url.scheme + "' URL");
        }
        url_options options{database_url};
        auto connect = Driver::options::from_url(database_url, options);
        const bool pool_size_given = database_url.option("pool_size").has_value();
        engine_options settings = read_engine_options(options, std::move(defaults));
        options.finish();
        if constexpr (requires { Driver::database_per_connection(connect); }) {
            // A private in-memory database can only be shared by sharing its one connection.
            if (!pool_size_given && Driver::database_per_connection(connect)) settings.pool.max_size = 1;
        }
        pool_ = std::make_unique<connection_pool<Driver>>(std::move(connect), std::move(settings.pool),
                                                          std::move(settings.connection));
    }

    // Without a URL: the driver's options as a struct (exactly that type, so that text
    // is always read as a URL).
    template <std::same_as<typename Driver::options> Options>
    explicit engine(Options connect, engine_options settings = {})
        : url_(std::string(dialect::name) + " (from options)"),
          pool_(std::make_unique<connection_pool<Driver>>(std::move(connect), std::move(settings.pool),
                                                          std::move(settings.connection))) {}

    // A connection for the caller alone until the handle is destroyed. Throws pool_timeout
    // when none comes free within acquire_timeout, connection_error when none can be opened.
    pooled_connection<Driver> connect(source_location where = source_location::current()) {
        return pool_->acquire(where);
    }

    connection_pool<Driver>& pool() noexcept { return *pool_; }
    pool_metrics metrics() const { return pool_->metrics(); }

    // The URL with its password replaced by ***, or for an engine made from options,
    // the backend's name.
    const std::string& redacted_url() const noexcept { return url_; }

    friend std::ostream& operator<<(std::ostream& out, const engine& e) {
        return out << "quarry::engine(" << e.url_ << ", pool_size=" << e.pool_->options().max_size << ')';
    }

private:
    std::string url_;
    std::unique_ptr<connection_pool<Driver>> pool_;
};

}  // namespace quarry
