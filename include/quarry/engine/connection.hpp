#pragma once
// A connection to a database through a backend's driver (see driver.hpp).
//
//   quarry::sqlite::connection db{"app.db"};
//   db(insert_into(users).set(users.name = "Ann"));
//   for (const auto& row : db(select(users.name).from(users))) ...
//
// Calling the connection with a statement runs it. A static statement is prepared
// once per connection and found again by its type, without hashing its SQL; a
// dynamic one is rendered and prepared each time. SELECT returns a streaming result;
// other statements return an execution_result. A connection belongs to one thread
// at a time.
#include <concepts>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quarry/core/fixed_string.hpp"
#include "quarry/engine/driver.hpp"
#include "quarry/engine/error.hpp"
#include "quarry/engine/parameter_values.hpp"
#include "quarry/engine/result.hpp"
#include "quarry/engine/statement_lease.hpp"
#include "quarry/engine/statement_slot.hpp"
#include "quarry/render/to_sql.hpp"

namespace quarry {

template <class Driver>
class transaction;
template <class Driver, class Statement>
class prepared;

template <class Statement>
concept query_statement = statement<Statement> && requires { typename Statement::row_type; };

template <class Driver>
class connection {
public:
    using dialect = typename Driver::dialect;

    // Opens a connection with the driver's options: a file path for SQLite, a
    // connect_options for the servers.
    explicit connection(const typename Driver::options& options) : driver_(options) {}
    connection(connection&&) noexcept = default;
    connection& operator=(connection&&) noexcept = default;
    ~connection() {
        cache_.clear();  // free statements before the driver closes the connection
    }

    template <statement Statement>
    auto operator()(const Statement& s) {
        static_assert(Statement::check_complete());
        constexpr bool unparameterized = Statement::parameters::size == 0;
        static_assert(unparameterized,
                      "quarry: this statement has named parameters; run it through db.prepare(...) and set them");
        if constexpr (unparameterized) {
            if constexpr (Statement::is_dynamic) {
                const std::string sql = to_sql<dialect>(s);
                return run(s, statement_lease<Driver>{driver_, driver_.prepare(sql)}, no_parameters, sql);
            } else {
                constexpr std::string_view sql = static_sql_v<dialect, Statement>;
                return run(s, cached(statement_slot<dialect, Statement>(), sql), no_parameters, sql);
            }
        }
    }

    // Prepares a statement with named parameters, to be run many times.
    template <class Statement>
    prepared<Driver, Statement> prepare(const Statement& s) {
        static_assert(Statement::check_complete());
        static_assert(!Statement::is_dynamic,
                      "quarry: only statements with fixed SQL can be prepared; an IN over a vector or a "
                      "multi-row INSERT changes its SQL with its size");
        if constexpr (Statement::is_dynamic) {
            throw usage_error("quarry: a dynamic statement cannot be prepared");
        } else {
            return prepared<Driver, Statement>{s, driver_.prepare(static_sql_v<dialect, Statement>)};
        }
    }

    template <class Statement>
    auto operator()(prepared<Driver, Statement>& p) {
        if (p.entry_.in_use)
            throw usage_error("quarry: a prepared statement is still being read; finish its result first");
        return run(p.statement_, statement_lease<Driver>{driver_, p.entry_}, p.parameters_,
                   static_sql_v<dialect, Statement>);
    }

    // Starts a transaction, or a savepoint inside one.
    transaction<Driver> begin() { return transaction<Driver>{*this}; }

    // Called with the SQL text of every statement before it runs.
    void on_statement(std::function<void(std::string_view sql)> hook) { hook_ = std::move(hook); }

    // True inside a transaction: one begun with begin(), or one the driver reports open
    // on the server (begun with SQL run through driver() directly).
    bool in_transaction() const noexcept {
        if (transaction_depth_ > 0) return true;
        if constexpr (requires(const Driver& d) { { d.in_transaction() } noexcept -> std::same_as<bool>; }) {
            return driver_.in_transaction();
        } else {
            return false;
        }
    }

    // Readies the connection for its next user, as a pool does when it is returned: an
    // open transaction is rolled back. Everything else stays (cached statements, the
    // driver's session settings, the on_statement hook): Quarry sets no other session state.
    // Every transaction object on the connection must have ended first.
    void reset_session() {
        if (!in_transaction()) return;
        transaction_depth_ = 0;
        execute_internal("ROLLBACK");
    }

    Driver& driver() noexcept { return driver_; }
    auto native_handle() const noexcept { return driver_.native_handle(); }

private:
    friend class transaction<Driver>;

    using statement_t = typename Driver::statement;

    statement_lease<Driver> cached(std::size_t slot, std::string_view sql) {
        if (slot < cache_.size() && cache_[slot] && !cache_[slot]->in_use) [[likely]] {
            return statement_lease<Driver>{driver_, *cache_[slot]};
        }
        if (slot >= cache_.size()) cache_.resize(slot + 1);
        // Still in use by a result being read (a nested loop over the same query): a
        // one-off statement serves this execution.
        if (cache_[slot]) return statement_lease<Driver>{driver_, driver_.prepare(sql)};
        cache_[slot] = std::make_unique<cache_entry<statement_t>>(cache_entry<statement_t>{driver_.prepare(sql)});
        return statement_lease<Driver>{driver_, *cache_[slot]};
    }

    // Binds the statement's values in placeholder order, then runs it.
    template <class Statement, class Parameters>
    auto run(const Statement& s, statement_lease<Driver> lease, const Parameters& parameters, std::string_view sql) {
        binder<Parameters> b{driver_, lease.get(), parameters};
        bind_writer<dialect, binder<Parameters>> w{b};
        s.render(w);
        if (hook_) [[unlikely]]
            hook_(sql);
        if constexpr (query_statement<Statement>) {
            return result<Driver, typename Statement::row_type>{std::move(lease)};
        } else {
            return driver_.finish(lease.get());
        }
    }

    template <class Parameters>
    struct binder {
        Driver& driver;
        statement_t& statement;
        const Parameters& parameters;

        template <class T>
        void bind(int index, const T& value) {
            driver.bind(statement, index, value);
        }
        template <class Parameter>
        void bind_parameter(int index, const Parameter&) {
            driver.bind(statement, index, parameters.template get<Parameter>());
        }
    };

    // Runs SQL that Quarry writes itself, such as BEGIN.
    void execute_internal(std::string_view sql) {
        if (hook_) hook_(sql);
        driver_.execute(sql);
    }

    Driver driver_;
    // Indexed by statement_slot. Entries are allocated one by one, because growing
    // the vector must not move the entries that live results point to.
    std::vector<std::unique_ptr<cache_entry<statement_t>>> cache_;
    std::function<void(std::string_view)> hook_;
    int transaction_depth_ = 0;
};

// A statement prepared once, run many times with new parameter values:
//   auto by_age = db.prepare(select(users.name).from(users)
//                               .where(users.age > parameter<"min_age">(users.age)));
//   by_age.set<"min_age">(30);
//   for (const auto& row : db(by_age)) ...
// It must not outlive its connection.
template <class Driver, class Statement>
class prepared {
public:
    template <fixed_string Name, class V>
    prepared& set(V&& value) {
        parameters_.template set<Name>(std::forward<V>(value));
        return *this;
    }

    prepared(prepared&&) noexcept = default;
    prepared& operator=(prepared&&) noexcept = default;

private:
    friend class connection<Driver>;
    prepared(Statement s, typename Driver::statement handle)
        : statement_(std::move(s)), entry_{std::move(handle), false} {}

    Statement statement_;
    parameter_values<typename Statement::parameters> parameters_;
    cache_entry<typename Driver::statement> entry_;
};

}  // namespace quarry

#include "quarry/engine/transaction.hpp"
