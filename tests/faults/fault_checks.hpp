#pragma once
// How a fault test checks the outcome: the exception's type and message, and for a write,
// that nothing of the failed transaction stayed and the engine still works.
//
//   CHECK_THAT(message_thrown<quarry::url_error>([] { quarry::create_engine("nope"); }),
//              Contains("starts with a scheme"));
//   check_rolled_back<quarry::value_out_of_range>(engine, "too long", [](auto& db) { db(...); });
#include <catch2/catch.hpp>

#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include <boost/core/demangle.hpp>

#include <quarry/quarry.hpp>

#include "fault_backends.hpp"

// Runs `body`, which must throw Exception (or a subtype), and returns what it threw.
template <class Exception, class Body>
Exception thrown(Body&& body) {
    const std::string expected = boost::core::demangle(typeid(Exception).name());
    try {
        body();
    } catch (const Exception& e) {
        return e;
    } catch (const std::exception& e) {
        FAIL("expected " << expected << " but got " << boost::core::demangle(typeid(e).name()) << ": " << e.what());
    }
    FAIL("expected " << expected << " but nothing was thrown");
    throw std::logic_error("unreachable: FAIL throws");
}

template <class Exception, class Body>
std::string message_thrown(Body&& body) {
    return thrown<Exception>(std::forward<Body>(body)).what();
}

template <class Connection>
std::int64_t logged_rows(Connection& db) {
    using namespace quarry;
    return get<0>(db(select(count()).from(fault_log)).one());
}

// Inside a transaction that has already written a row, `fault(db)` must throw Exception
// with `fragment` in its message. Then the transaction is rolled back: neither its own
// connection (unless the fault ended its session) nor another one finds its row, and the
// engine still writes and reads, on a connection the pool gives after taking back this one.
template <class Exception, class Engine, class Fault>
void check_rolled_back(Engine& engine, std::string_view fragment, Fault fault) {
    using namespace quarry;
    using Catch::Matchers::Contains;
    auto db = engine.connect();
    const std::int64_t before = logged_rows(db);
    {
        auto tx = db.begin();
        db(insert_into(fault_log).set(fault_log.note = "written before the fault"));
        CHECK_THAT(message_thrown<Exception>([&] { fault(db); }), Contains(std::string(fragment)));
    }
    if constexpr (!std::is_base_of_v<connection_lost, Exception>) CHECK(logged_rows(db) == before);
    auto other = engine.connect();  // a second connection, since the first is still held
    CHECK(logged_rows(other) == before);
    other(insert_into(fault_log).set(fault_log.note = "written after the fault"));
    db.release();  // back to the pool, or closed if the fault ended its session
    auto next = engine.connect();
    CHECK(logged_rows(next) == before + 1);
}
