#pragma once
// How a transaction begins: its isolation level and whether it may write. Each dialect
// spells these its own way (its begin_transaction hook); see standard_dialect.hpp.
#include <string_view>

namespace quarry {

enum class isolation_level { backend_default, read_uncommitted, read_committed, repeatable_read, serializable };

struct transaction_options {
    isolation_level isolation = isolation_level::backend_default;
    // Writes fail with the backend's error instead of taking effect.
    bool read_only = false;

    bool is_default() const noexcept { return isolation == isolation_level::backend_default && !read_only; }
};

// "SERIALIZABLE" ...; empty for backend_default.
constexpr std::string_view isolation_level_sql(isolation_level level) noexcept {
    switch (level) {
        case isolation_level::read_uncommitted: return "READ UNCOMMITTED";
        case isolation_level::read_committed: return "READ COMMITTED";
        case isolation_level::repeatable_read: return "REPEATABLE READ";
        case isolation_level::serializable: return "SERIALIZABLE";
        case isolation_level::backend_default: break;
    }
    return {};
}

}  // namespace quarry
