// NULL read into a field that is not std::optional throws null_value_error naming the
// column, on every backend; the connection goes on working. (The compiler refuses such a
// read when it knows the column may be NULL; here the program's table says NOT NULL and
// the database's does not.)
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

TEMPLATE_TEST_CASE("NULL read into a non-optional field throws null_value_error naming the column", "[faults][null]",
                   FAULT_BACKENDS) {
    auto e = fresh_engine<TestType>();
    auto db = e.connect();
    db(insert_into(nullable_notes).set(nullable_notes.note = std::nullopt));
    const auto error = thrown<null_value_error>([&] { db(select(required_notes.note).from(required_notes)).one(); });
    CHECK_THAT(std::string(error.what()), Contains("NULL read into a field that is not std::optional"));
    CHECK(error.column() == "note");
    CHECK_THAT(error.sql(), Contains("fault_notes"));
    // Through the nullable view, the same row reads fine, on the same connection.
    CHECK_FALSE(db(select(nullable_notes.note).from(nullable_notes)).one().note.has_value());
}
