#include "quarry/engine/engine.hpp"

namespace quarry {

engine_options read_engine_options(url_options& options, engine_options defaults) {
    pool_options& pool = defaults.pool;
    if (auto size = options.count("pool_size")) {
        if (*size == 0) throw url_error("quarry: the URL option pool_size must be at least 1");
        pool.max_size = *size;
    }
    if (auto timeout = options.duration("acquire_timeout")) pool.acquire_timeout = *timeout;
    if (auto ping = options.flag("pre_ping")) pool.pre_ping = *ping;
    if (auto after = options.duration("ping_after_idle")) pool.ping_after_idle = *after;
    if (auto lifetime = options.duration("max_lifetime")) pool.max_lifetime = *lifetime;
    if (auto idle = options.duration("idle_timeout")) pool.idle_timeout = *idle;
    if (auto leak = options.duration("leak_threshold")) pool.leak_threshold = *leak;
    if (auto size = options.count("statement_cache_size")) defaults.connection.statement_cache_size = *size;
    return defaults;
}

}  // namespace quarry
