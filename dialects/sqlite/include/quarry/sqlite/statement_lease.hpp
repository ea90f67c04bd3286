#pragma once
// A prepared sqlite3 statement on loan to one execution. A statement from the
// connection's cache goes back to it (reset, ready to reuse); a one-off statement
// is finalized.
#include <sqlite3.h>

#include <utility>

namespace quarry::sqlite {

struct cached_statement {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
};

class statement_lease {
public:
    statement_lease() = default;
    statement_lease(sqlite3_stmt* stmt, cached_statement* cache_entry) : stmt_(stmt), cache_entry_(cache_entry) {}
    statement_lease(statement_lease&& other) noexcept
        : stmt_(std::exchange(other.stmt_, nullptr)), cache_entry_(std::exchange(other.cache_entry_, nullptr)) {}
    statement_lease& operator=(statement_lease&& other) noexcept {
        if (this != &other) {
            release();
            stmt_ = std::exchange(other.stmt_, nullptr);
            cache_entry_ = std::exchange(other.cache_entry_, nullptr);
        }
        return *this;
    }
    ~statement_lease() { release(); }

    sqlite3_stmt* get() const noexcept { return stmt_; }

    void release() noexcept {
        if (stmt_ == nullptr) return;
        if (cache_entry_ != nullptr) {
            sqlite3_reset(stmt_);
            cache_entry_->in_use = false;
        } else {
            sqlite3_finalize(stmt_);
        }
        stmt_ = nullptr;
        cache_entry_ = nullptr;
    }

private:
    sqlite3_stmt* stmt_ = nullptr;
    cached_statement* cache_entry_ = nullptr;
};

}  // namespace quarry::sqlite
