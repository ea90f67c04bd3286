#pragma once
// Runs a transaction again when another one got in its way:
//
//   quarry::retry_on_conflict(engine, [&](auto& db) {
//       auto hits = db(select(counters.hits).from(counters).where(counters.id == 1)).one().hits;
//       db(update(counters).set(counters.hits = hits + 1).where(counters.id == 1));
//   }, {.transaction = {.isolation = quarry::isolation_level::serializable}});
//
// The body runs inside a transaction that commits when it returns. On a
// transaction_conflict (a deadlock, a serialization failure, SQLite's "database is
// locked"), thrown by the body or by the commit, the transaction is rolled back and the
// body runs again after a short random pause, up to max_attempts times in all; then the
// last conflict is rethrown. Any other exception rolls back and propagates at once.
// So the body must be safe to run again: it reads what it needs inside the transaction,
// and has no effects outside the database.
#include <algorithm>
#include <chrono>
#include <type_traits>
#include <utility>

#include "quarry/engine/error.hpp"
#include "quarry/statement/transaction_options.hpp"

namespace quarry {

struct retry_options {
    int max_attempts = 10;
    // The pause before the second attempt; it doubles after each conflict, up to
    // max_backoff, and each pause is drawn at random below it so that the transactions
    // that collided do not collide again in step.
    std::chrono::microseconds first_backoff{500};
    std::chrono::microseconds max_backoff{50'000};
    transaction_options transaction = {};
};

namespace detail {
void sleep_before_retry(std::chrono::microseconds ceiling);
}

// `db` is a connection, a pooled connection, or an engine (which lends one connection
// for all the attempts). Returns what the body returns.
template <class Db, class Body>
decltype(auto) retry_on_conflict(Db& db, Body&& body, const retry_options& options = {}) {
    if constexpr (requires { db.connect(); }) {
        auto connection = db.connect();
        return retry_on_conflict(connection, std::forward<Body>(body), options);
    } else {
        if (options.max_attempts < 1) throw usage_error("quarry: retry_on_conflict needs max_attempts of at least 1");
        std::chrono::microseconds backoff = options.first_backoff;
        for (int attempt = 1;; ++attempt) {
            try {
                auto tx = db.begin(options.transaction);
                if constexpr (std::is_void_v<decltype(body(db))>) {
                    body(db);
                    tx.commit();
                    return;
                } else {
                    decltype(auto) value = body(db);
                    tx.commit();
                    return value;
                }
            } catch (const transaction_conflict&) {
                if (attempt >= options.max_attempts) throw;
            }
            detail::sleep_before_retry(backoff);
            backoff = std::min(backoff * 2, options.max_backoff);
        }
    }
}

}  // namespace quarry
