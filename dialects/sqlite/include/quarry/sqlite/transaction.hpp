#pragma once
// A transaction that commits only when told to:
//   auto tx = db.begin();
//   db(...); db(...);
//   tx.commit();   // without this, the destructor rolls back
// Beginning inside a transaction makes a savepoint, which commits or rolls back alone.
#include "quarry/sqlite/connection.hpp"

namespace quarry::sqlite {

class transaction {
public:
    transaction(transaction&& other) noexcept;
    transaction& operator=(transaction&&) = delete;
    ~transaction();

    void commit();
    void rollback();
    bool active() const noexcept { return connection_ != nullptr; }

private:
    friend class connection;
    explicit transaction(connection& c);
    void finish(const char* outer_sql, const char* savepoint_sql);

    connection* connection_;
    int depth_;
};

}  // namespace quarry::sqlite
