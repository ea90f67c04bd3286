#pragma once
// A transaction that commits only when told to:
//   auto tx = db.begin();
//   db(...); db(...);
//   tx.commit();   // without this, the destructor rolls back
// Beginning inside a transaction makes a savepoint, which commits or rolls back alone.
#include <string>
#include <utility>

#include "quarry/engine/connection.hpp"
#include "quarry/engine/error.hpp"

namespace quarry {

template <class Driver>
class transaction {
public:
    transaction(transaction&& other) noexcept
        : connection_(std::exchange(other.connection_, nullptr)), depth_(other.depth_) {}
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
        c.execute_internal(depth_ == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT " + savepoint());
    }

    void rollback() {
        connection<Driver>& c = end();
        if (depth_ == 0) {
            c.execute_internal("ROLLBACK");
        } else {
            // ROLLBACK TO keeps the savepoint open; release it too, as its scope ends.
            c.execute_internal("ROLLBACK TO SAVEPOINT " + savepoint());
            c.execute_internal("RELEASE SAVEPOINT " + savepoint());
        }
    }

    bool active() const noexcept { return connection_ != nullptr; }

private:
    friend class connection<Driver>;

    explicit transaction(connection<Driver>& c) : connection_(&c), depth_(c.transaction_depth_) {
        c.execute_internal(depth_ == 0 ? std::string("BEGIN") : "SAVEPOINT " + savepoint());
        ++c.transaction_depth_;
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
};

}  // namespace quarry
