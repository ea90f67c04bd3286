#pragma once
// What a backend's driver provides to the engine. One driver object owns one
// native connection; basic_connection<Driver> builds everything else on it:
// the statement cache, binding, result iteration, prepared statements, transactions.
//
//   typename D::dialect         the printer its SQL is rendered with
//   typename D::options         what its constructor takes to connect
//   typename D::statement       a prepared statement, movable; its destructor frees it
//   d.prepare(sql)              -> statement; throws database_error
//   d.bind(s, index, value)     for every value type and std::optional of it; 1-based
//   d.bind_lasting(s, index, value)  optional: the same, for a value that stays put until
//                               d.reset(s), so the driver may keep a pointer instead of a copy
//   d.step(s)                   executes on the first call, then fetches: true while a row is ready
//   d.read(s, index, field)     reads column `index` (0-based) of the current row into T or
//                               std::optional<T>; NULL into T throws null_value_error, a value
//                               of another type throws type_mismatch_error
//   d.buffer_rows(s)            optional, noexcept: before the first step, says that the reader
//                               keeps every row of this execution (to_vector), so a driver that
//                               streams rows may fetch them all at once where that is cheaper
//   d.rows_held(s)              optional, noexcept: after the first step, how many rows the
//                               execution has when the driver holds them all (else 0), so
//                               that to_vector allocates once
//   d.finish(s)                 executes a statement without rows -> execution_result
//   d.reset(s)                  makes a statement reusable; noexcept
//   d.execute(sql)              runs fixed SQL Quarry writes (BEGIN, SAVEPOINT ...)
// For connection pools (pool.hpp):
//   d.ping()                    throws connection_error when the connection is dead
//   d.in_transaction()          optional, noexcept: whether the server holds a transaction open
#include <concepts>
#include <cstdint>
#include <string_view>

namespace quarry {

// What an INSERT, UPDATE, DELETE or DDL statement did.
struct execution_result {
    std::int64_t rows_affected = 0;
    // The key generated for the last inserted row, where the backend reports one.
    std::int64_t last_insert_id = 0;
};

template <class D>
concept driver = requires(D& d, typename D::statement& s, std::string_view sql) {
    typename D::dialect;
    { d.prepare(sql) } -> std::same_as<typename D::statement>;
    { d.step(s) } -> std::same_as<bool>;
    { d.finish(s) } -> std::same_as<execution_result>;
    { d.reset(s) } noexcept;
    d.execute(sql);
};

}  // namespace quarry
