// A blob of 16 MiB goes in and comes back byte for byte on every backend.
#include <catch2/catch.hpp>

#include <cstddef>

#include "fault_checks.hpp"

using namespace quarry;

namespace {
// 16 MiB of bytes that are not all alike, so that a shifted or cut copy differs.
blob sixteen_mebibytes() {
    blob bytes(std::size_t{16} << 20);
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::byte>((i * 131) ^ (i >> 12));
    return bytes;
}
}  // namespace

TEMPLATE_TEST_CASE("a blob of 16 MiB round-trips byte for byte", "[faults][blob]", FAULT_BACKENDS) {
    static const blob big = sixteen_mebibytes();
    auto e = fresh_engine<TestType>();
    auto db = e.connect();
    db(insert_into(fault_blobs).set(fault_blobs.id = 1, fault_blobs.data = big));
    const blob back = db(select(fault_blobs.data).from(fault_blobs).where(fault_blobs.id == 1)).one().data;
    CHECK(back.size() == big.size());
    CHECK(back == big);
}

// MariaDB refuses a statement over max_allowed_packet (16 MiB by default; scripts/test-servers
// sets 64 MiB) and hangs up: the session and its transaction are gone.
TEST_CASE("a blob over MariaDB's max_allowed_packet throws connection_lost naming the limit; nothing stays",
          "[faults][blob]") {
    auto e = fresh_engine<mariadb_faults>();
    const auto limit = get<0>(e.connect()(unsafe_sql<std::int64_t>("SELECT @@max_allowed_packet")).one());
    const blob too_big(static_cast<std::size_t>(limit), std::byte{1});
    check_rolled_back<connection_lost>(e, "Got a packet bigger than 'max_allowed_packet' bytes", [&](auto& db) {
        db(insert_into(fault_blobs).set(fault_blobs.id = 2, fault_blobs.data = too_big));
    });
    CHECK(get<0>(e.connect()(select(count()).from(fault_blobs)).one()) == 0);
}
