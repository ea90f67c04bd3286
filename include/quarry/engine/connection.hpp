#pragma once
// A connection to a database through a backend's driver (see driver.hpp).
//
//   quarry::sqlite::connection db{"app.db"};
//   db(insert_into(users).set(users.name = "Ann"));
//   for (const auto& row : db(select(users.name).from(users))) ...
//
// Calling the connection with a statement runs it, through the connection's statement
// cache (statement_cache.hpp): a static statement is prepared once per connection and
// found again by its type, never re-rendered; a dynamic one is rendered and found by its
// SQL text, unless its type and sql_shape() fix that text (a multi-row INSERT). SELECT returns a streaming result; other statements return an
// execution_result. A connection belongs to one thread at a time.
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/engine/connection_options.hpp"
#include "quarry/engine/driver.hpp"
#include "quarry/engine/error.hpp"
#include "quarry/engine/parameter_values.hpp"
#include "quarry/engine/result.hpp"
#include "quarry/engine/statement_cache.hpp"
#include "quarry/engine/statement_lease.hpp"
#include "quarry/engine/statement_probe.hpp"
#include "quarry/engine/statement_slot.hpp"
#include "quarry/render/to_sql.hpp"
#include "quarry/statement/transaction_options.hpp"

namespace quarry {

template <class Driver>
class transaction;
template <class Driver, class Statement>
class prepared;

template <class Statement>
concept query_statement = statement<Statement> && requires { typename Statement::row_type; };

// DDL says `binds_values = false`: it holds no values, so its tree need not be walked
// (nor compiled) a second time to bind them.
template <class Statement>
inline constexpr bool binds_values_v = !requires { requires !Statement::binds_values; };

// DDL says `found_by_text = true`: its text is fixed, but it runs about once, so the cache
// keeps it as it keeps a dynamic statement, among the recently used, not for the
// connection's life (statement_cache.hpp).
template <class Statement>
inline constexpr bool found_by_text_v = requires { requires Statement::found_by_text; };

namespace detail {
std::uint64_t allocate_connection_id() noexcept;
}

template <class Driver>
class connection {
public:
    using dialect = typename Driver::dialect;

    // Opens a connection with the driver's options: a file path (or open_options) for
    // SQLite, a connect_options for the servers.
    explicit connection(const typename Driver::options& options, connection_options settings = {})
        : driver_(options),
          cache_(settings.statement_cache_size),
          hook_(std::move(settings.on_statement)),
          id_(detail::allocate_connection_id()) {}
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
            // unsafe_sql without result columns may have changed the session (unsafe_sql.hpp).
            if constexpr (requires { requires Statement::may_change_session; }) session_changed_ = true;
            if constexpr (requires { s.sql_shape(); }) {
                std::string rendered;  // only when the cache does not hold this shape
                std::string_view sql;
                auto found = cache_.by_shape(
                    driver_, statement_slot(statement_slot_plus_one<dialect, Statement>), s.sql_shape(),
                    [&]() -> std::string_view { return rendered = to_sql<dialect>(s); }, sql);
                return run(s, std::move(found), no_parameters, sql);
            } else if constexpr (Statement::is_dynamic) {
                const std::string sql = to_sql<dialect>(s);
                return run(s, cache_.by_text(driver_, sql), no_parameters, sql);
            } else {
                const std::string_view sql = static_sql_v<dialect, Statement>;
                if constexpr (found_by_text_v<Statement>) {
                    return run(s, cache_.by_text(driver_, sql), no_parameters, sql);
                } else {
                    const std::size_t slot = statement_slot(statement_slot_plus_one<dialect, Statement>);
                    return run(s, cache_.by_slot(driver_, slot, sql), no_parameters, sql);
                }
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
        // A prepared<> statement is prepared by its own object: always a hit.
        return run(p.statement_, cache_lookup<Driver>{statement_lease<Driver>{driver_, p.entry_}, true},
                   p.parameters_, static_sql_v<dialect, Statement>);
    }

    // Starts a transaction, or a savepoint inside one. Options (isolation level, read-only)
    // are for the outermost transaction; a savepoint takes the enclosing one's.
    transaction<Driver> begin(const transaction_options& options = {}) { return transaction<Driver>{*this, options}; }

    // Runs SQL text verbatim, for what the DSL does not say (session settings, DDL it
    // lacks). Never pass it text that a user typed: only bound values are safe for that.
    // The session may now differ from a fresh one, so reset_session() will reset it.
    void execute_sql(std::string_view sql) {
        session_changed_ = true;
        execute_internal(sql);
    }

    // Called after every statement; see statement_event. Replaces the one given in
    // connection_options.
    void on_statement(std::function<void(const statement_event&)> hook) { hook_ = std::move(hook); }

    // This connection's number, unique in the process, as statement events show it.
    std::uint64_t id() const noexcept { return id_; }

    // Hits and misses of the statement cache, and its size.
    statement_cache_metrics cache_metrics() const noexcept { return cache_.metrics(); }

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

    // Whether reset_session() has anything to do.
    bool needs_reset() const noexcept { return session_changed_ || in_transaction(); }

    // Readies the connection for its next user, as a pool does when it is returned: an
    // open transaction is rolled back. If SQL run through execute_sql may have changed
    // the session (variables, temporary tables, settings), the driver resets it to a fresh
    // session's state, which also drops the prepared statements. Statements the DSL runs
    // change no session state, so usually nothing more happens. Every transaction object
    // on the connection must have ended first.
    void reset_session() {
        if (in_transaction()) {
            transaction_depth_ = 0;
            execute_internal("ROLLBACK");
        }
        if (session_changed_) {
            cache_.clear();
            driver_.reset_session();
            session_changed_ = false;
        }
    }

    Driver& driver() noexcept { return driver_; }
    auto native_handle() const noexcept { return driver_.native_handle(); }

private:
    friend class transaction<Driver>;

    using statement_t = typename Driver::statement;

    // Binds the statement's values in placeholder order, then runs it.
    template <class Statement, class Parameters>
    auto run(const Statement& s, cache_lookup<Driver> found, const Parameters& parameters, std::string_view sql) {
        statement_lease<Driver>& lease = found.lease;
        std::unique_ptr<statement_probe> probe;
        if (hook_) [[unlikely]]
            probe = std::make_unique<statement_probe>(hook_, sql, id_, found.hit);
        // A statement without rows is run to its end below, while its values are still alive;
        // a query's result may outlive the statement object that holds them.
        if constexpr (binds_values_v<Statement> && binds_at_run_time_v<dialect, Statement>) {
            using binder_t = binder<Parameters, !query_statement<Statement>>;
            binder_t b{driver_, lease.get(), parameters};
            bind_writer<dialect, binder_t> w{b};
            s.render(w);
            // A node that said binds_nothing while holding a value would leave a placeholder
            // unbound, so NULL. Both counts are known once the walk is inlined, and g++ then
            // drops the check; otherwise it costs one comparison.
            constexpr int placeholders = static_placeholder_count_v<dialect, Statement>;
            if (placeholders >= 0 && w.index != placeholders) [[unlikely]]
                detail::throw_usage_error("quarry: internal error: a value of this statement was not bound");
        }
        if constexpr (query_statement<Statement>) {
            return result<Driver, typename Statement::row_type>{std::move(lease), std::move(probe)};
        } else {
            if (probe) [[unlikely]]
                return finish_reported(lease.get(), *probe);
            return driver_.finish(lease.get());
        }
    }

    // Runs a statement without rows to its end and tells the hook. Out of line, so that the
    // common path does not compute the counts for the hook when its caller ignores them.
    [[gnu::noinline]] execution_result finish_reported(statement_t& statement, const statement_probe& probe) {
        const execution_result done = driver_.finish(statement);
        probe.report(false, done.rows_affected);
        return done;
    }

    template <class Parameters, bool ValuesOutliveRun>
    struct binder {
        Driver& driver;
        statement_t& statement;
        const Parameters& parameters;

        template <class T>
        void bind(int index, const T& value) {
            if constexpr (ValuesOutliveRun && requires { driver.bind_lasting(statement, index, value); })
                driver.bind_lasting(statement, index, value);
            else
                driver.bind(statement, index, value);
        }
        template <class Parameter>
        void bind_parameter(int index, const Parameter&) {
            bind(index, parameters.template get<Parameter>());
        }
    };

    // Runs SQL that Quarry writes itself, such as BEGIN.
    void execute_internal(std::string_view sql) {
        std::unique_ptr<statement_probe> probe;
        if (hook_) [[unlikely]]
            probe = std::make_unique<statement_probe>(hook_, sql, id_, false);
        driver_.execute(sql);
        if (probe) [[unlikely]]
            probe->report(false, 0);
    }

    Driver driver_;
    statement_cache<Driver> cache_;
    std::function<void(const statement_event&)> hook_;
    std::uint64_t id_;
    int transaction_depth_ = 0;
    bool session_changed_ = false;
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
