#pragma once
// A connection to an SQLite database: a file path, or ":memory:".
//
//   quarry::sqlite::connection db{"app.db"};
//   db(insert_into(users).set(users.name = "Ann"));
//   for (const auto& row : db(select(users.name).from(users))) ...
//
// Calling the connection with a statement runs it. A static statement is prepared
// once per connection and found again by its type; a dynamic one is prepared each
// time. SELECT returns a streaming result; other statements return what they changed.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/engine/parameter_values.hpp"
#include "quarry/engine/statement_slot.hpp"
#include "quarry/render/to_sql.hpp"
#include "quarry/sqlite/bind.hpp"
#include "quarry/sqlite/dialect.hpp"
#include "quarry/sqlite/result.hpp"
#include "quarry/sqlite/statement_lease.hpp"

namespace quarry::sqlite {

class transaction;
template <class Statement>
class prepared;

// What an INSERT, UPDATE, DELETE or DDL statement did.
struct execution_result {
    std::int64_t rows_affected = 0;
    // The rowid of the last inserted row.
    std::int64_t last_insert_id = 0;
};

template <class Statement>
concept query_statement = statement<Statement> && requires { typename Statement::row_type; };

class connection {
public:
    // Opens (creating if needed) the database with foreign keys enforced.
    explicit connection(const std::string& path);
    connection(connection&& other) noexcept;
    connection& operator=(connection&& other) noexcept;
    ~connection();

    template <statement Statement>
    auto operator()(const Statement& s) {
        static_assert(Statement::check_complete());
        constexpr bool unparameterized = Statement::parameters::size == 0;
        static_assert(unparameterized,
                      "quarry: this statement has named parameters; run it through db.prepare(...) and set them");
        if constexpr (unparameterized) {
            static const parameter_values<type_list<>> none;
            return run(s, lease_for(s), none);
        }
    }

    template <class Statement>
    prepared<Statement> prepare(const Statement& s);

    template <class Statement>
    auto operator()(prepared<Statement>& p);

    // Starts a transaction, or a savepoint inside one.
    transaction begin();

    // Called with the SQL text of every statement before it runs.
    void on_statement(std::function<void(std::string_view sql)> hook) { hook_ = std::move(hook); }

    sqlite3* native_handle() const noexcept { return db_; }

    // Runs fixed SQL that Quarry itself writes, such as BEGIN; never user text.
    void execute_internal(const char* sql);

    // Prepares SQL text. Throws database_error.
    sqlite3_stmt* prepare_text(std::string_view sql);

private:
    friend class transaction;
    template <class Statement>
    friend class prepared;

    template <class Statement>
    statement_lease lease_for(const Statement& s) {
        if constexpr (Statement::is_dynamic) {
            return statement_lease{prepare_text(to_sql<dialect>(s)), nullptr};
        } else {
            return cached(statement_slot<dialect, Statement>(), static_sql_v<dialect, Statement>);
        }
    }

    statement_lease cached(std::size_t slot, std::string_view sql) {
        if (slot < cache_.size() && cache_[slot] && !cache_[slot]->in_use) [[likely]] {
            cached_statement& entry = *cache_[slot];
            entry.in_use = true;
            return statement_lease{entry.stmt, &entry};
        }
        return prepare_cached(slot, sql);
    }
    statement_lease prepare_cached(std::size_t slot, std::string_view sql);

    template <class Statement, class Parameters>
    auto run(const Statement& s, statement_lease lease, const Parameters& parameters) {
        binder<Parameters> b{lease.get(), &parameters};
        bind_writer<dialect, binder<Parameters>> w{b};
        s.render(w);
        if (hook_) [[unlikely]]
            hook_(sqlite3_sql(lease.get()));
        if constexpr (query_statement<Statement>) {
            return result<typename Statement::row_type>{std::move(lease)};
        } else {
            return execute(lease.get());
        }
    }

    execution_result execute(sqlite3_stmt* stmt);

    sqlite3* db_ = nullptr;
    // Indexed by statement_slot. Entries are allocated one by one, because growing
    // the vector must not move the entries that live results point to.
    std::vector<std::unique_ptr<cached_statement>> cache_;
    std::function<void(std::string_view)> hook_;
    int transaction_depth_ = 0;
};

// A statement prepared once, run many times with new parameter values:
//   auto by_age = db.prepare(select(users.name).from(users)
//                               .where(users.age > parameter<"min_age">(users.age)));
//   by_age.set<"min_age">(30);
//   for (const auto& row : db(by_age)) ...
template <class Statement>
class prepared {
public:
    template <fixed_string Name, class V>
    prepared& set(V&& value) {
        parameters_.template set<Name>(std::forward<V>(value));
        return *this;
    }

private:
    friend class connection;
    prepared(Statement s, sqlite3_stmt* stmt) : statement_(std::move(s)), entry_{stmt, false} {}

    Statement statement_;
    parameter_values<typename Statement::parameters> parameters_;
    cached_statement entry_;

public:
    prepared(prepared&& other) noexcept
        : statement_(std::move(other.statement_)),
          parameters_(std::move(other.parameters_)),
          entry_{std::exchange(other.entry_.stmt, nullptr), false} {}
    prepared& operator=(prepared&&) = delete;
    ~prepared() { sqlite3_finalize(entry_.stmt); }
};

template <class Statement>
prepared<Statement> connection::prepare(const Statement& s) {
    static_assert(Statement::check_complete());
    static_assert(!Statement::is_dynamic,
                  "quarry: only statements with fixed SQL can be prepared; an IN over a vector or a "
                  "multi-row INSERT changes its SQL with its size");
    if constexpr (Statement::is_dynamic) {
        throw usage_error("quarry: a dynamic statement cannot be prepared");
    } else {
        return prepared<Statement>{s, prepare_text(static_sql_v<dialect, Statement>)};
    }
}

template <class Statement>
auto connection::operator()(prepared<Statement>& p) {
    if (p.entry_.in_use) throw usage_error("quarry: a prepared statement is still being read; finish its result first");
    p.entry_.in_use = true;
    return run(p.statement_, statement_lease{p.entry_.stmt, &p.entry_}, p.parameters_);
}

}  // namespace quarry::sqlite
