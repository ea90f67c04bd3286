// Writing on MariaDB where its driver needs checking of its own: a prepared insert's
// parameter buffers, re-used with text and blobs of growing length and NULLs. INSERT,
// UPDATE, DELETE, RETURNING and prepared statements run on every backend in
// tests/integration/modify.cpp and tests/integration/prepared.cpp.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;

TEST_CASE("a prepared insert runs many times with text of growing length and NULLs") {
    mysql::connection db = empty_database();
    auto add = db.prepare(insert_into(samples).set(samples.label = parameter<"label">(samples.label),
                                                   samples.payload = parameter<"payload">(samples.payload)));
    std::vector<std::int64_t> ids;
    for (std::size_t size : {1u, 10u, 1000u, 3u}) {
        add.set<"label">(std::string(size, 'q'));
        if (size == 10) add.set<"payload">(std::nullopt);
        else add.set<"payload">(blob(size, std::byte{1}));
        ids.push_back(db(add).last_insert_id);
    }
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4});
    auto rows = db(select(samples.label, samples.payload).from(samples).order_by(samples.id.asc())).to_vector();
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].label == std::string(10, 'q'));
    CHECK(rows[1].payload == std::nullopt);
    CHECK(rows[2].label.size() == 1000);
    CHECK(rows[3].payload == blob(3, std::byte{1}));
}
