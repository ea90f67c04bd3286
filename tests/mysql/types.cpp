// What only MariaDB's typed binary protocol needs checking for: text and blobs longer
// than the read buffer, alternating with short ones, and the earliest DATETIME MySQL
// supports. Every value type round-trips on every backend in tests/integration/types.cpp.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "database.hpp"

using namespace quarry;
using namespace std::chrono;

TEST_CASE("long and short values alternate in one result, through the growing read buffer") {
    mysql::connection db = empty_database();
    std::vector<std::string> labels;
    for (std::size_t size : {10u, 300u, 5u, 70'000u, 3u, 1'000u, 200'000u, 0u}) {
        labels.push_back(std::string(size, static_cast<char>('a' + labels.size())));
        blob bytes(size, std::byte{0x5a});
        db(insert_into(samples).set(samples.label = labels.back(), samples.payload = bytes));
    }
    std::size_t i = 0;
    for (const auto& row : db(select(samples.label, samples.payload).from(samples).order_by(samples.id.asc()))) {
        CHECK(row.label == labels[i]);
        CHECK(row.payload == blob(labels[i].size(), std::byte{0x5a}));
        ++i;
    }
    CHECK(i == labels.size());
}

TEST_CASE("the earliest DATETIME MySQL supports, 1000-01-01, round-trips with its microseconds") {
    mysql::connection db = empty_database();
    const timestamp moment = sys_days{1000y / January / 1} + 1us;
    const date day = floor<days>(moment);
    auto id = db(insert_into(samples).set(samples.day = day, samples.moment = moment)).last_insert_id;
    auto row = db(select(samples.day, samples.moment).from(samples).where(samples.id == id)).one();
    CHECK(row.day == day);
    CHECK(row.moment == moment);
}
