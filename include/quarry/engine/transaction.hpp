#pragma once
// A transaction that commits only when told to:
//   auto tx = db.begin();
//   db(...); db(...);
//   tx.commit();   // without this, the destructor rolls back
// Beginning inside a transaction makes a savepoint, which commits or rolls back alone.
// The outermost one may set an isolation level and read-only:
//   auto tx = db.begin({.isolation = quarry::isolation_level::serializable, .read_only = true});
#include <string>
#include <string_view>
#include <utility>

#include "quarry/engine/connection.hpp"
#include "quarry/engine/error.hpp"

namespace quarry {

template <class Driver>
class transaction {
public:
    transaction(transaction&& other) noexcept
        : connection_(std::exchange(other.connection_, nullptr)), depth_(other.depth_), options_(other.options_) {}
    transaction& operator=(transaction&&) = delete;
    ~transaction() {
        if (connection_ == nullptr) return;
        try {
            rollback();
        } catch (...) {
            // A destructor must not throw; the backend ends a failed transaction itself.
        }
    }

    void commit() {
        connection<Driver>& c = end();
        if (depth_ == 0) {
            finish(c, "COMMIT");
        } else {
            c.execute_internal("RELEASE SAVEPOINT " + savepoint());
        }
    }

    void rollback() {
        connection<Driver>& c = end();
        if (depth_ == 0) {
            finish(c, "ROLLBACK");
        } else {
            // ROLLBACK TO keeps the savepoint open; release it too, as its scope ends.
            c.execute_internal("ROLLBACK TO SAVEPOINT " + savepoint());
            c.execute_internal("RELEASE SAVEPOINT " + savepoint());
        }
    }

    bool active() const noexcept { return connection_ != nullptr; }

private:
    friend class connection<Driver>;

    transaction(connection<Driver>& c, const transaction_options& options)
        : connection_(&c), depth_(c.transaction_depth_), options_(options) {
        if (depth_ == 0) {
            try {
                Driver::dialect::begin_transaction(options, [&](std::string_view sql) { c.execute_internal(sql); });
            } catch (...) {
                abandon(c);  // a setting that failed after BEGIN must not leave it open
                throw;
            }
        } else if (!options.is_default()) {
            throw usage_error("quarry: a nested transaction (a savepoint) cannot set its own isolation level or "
                              "read-only; set them on the outermost one");
        } else {
            c.execute_internal("SAVEPOINT " + savepoint());
        }
        ++c.transaction_depth_;
    }

    // Ends the outermost transaction with COMMIT or ROLLBACK, then undoes its settings
    // even when that failed. A COMMIT that fails ends the transaction on the servers, but
    // on SQLite ("database is locked") leaves it open: it is rolled back then, so that the
    // connection (and a retry) starts afresh.
    void finish(connection<Driver>& c, std::string_view sql) {
        try {
            c.execute_internal(sql);
        } catch (...) {
            abandon(c);
            throw;
        }
        undo_settings(c);
    }
    // After a failure part-way through beginning or ending: rolls back what is still open
    // and undoes the settings, so that the connection starts afresh.
    void abandon(connection<Driver>& c) noexcept {
        try {
            if (c.in_transaction()) c.execute_internal("ROLLBACK");
            undo_settings(c);
        } catch (...) {
            // The first failure is the one to report.
        }
    }
    void undo_settings(connection<Driver>& c) {
        Driver::dialect::end_transaction(options_, [&](std::string_view sql) { c.execute_internal(sql); });
    }

    std::string savepoint() const { return "quarry_" + std::to_string(depth_); }

    connection<Driver>& end() {
        if (connection_ == nullptr) throw usage_error("quarry: the transaction has already ended");
        connection<Driver>& c = *std::exchange(connection_, nullptr);
        --c.transaction_depth_;
        return c;
    }

    connection<Driver>* connection_;
    int depth_;
    transaction_options options_;
};

}  // namespace quarry
