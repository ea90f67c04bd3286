// Chinook on PostgreSQL: quarry-schema writes the header checked in as
// chinook/postgresql_tables.hpp, and the queries of chinook_queries.hpp run through it,
// here in the snake case of PostgreSQL's script.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "chinook/postgresql_tables.hpp"
#include "chinook_loading.hpp"
#include "chinook_queries.hpp"

namespace {
struct genre_row {
    std::int64_t genre_id = 0;
    std::optional<std::string> name;
};
}  // namespace

BOOST_HANA_ADAPT_STRUCT(genre_row, genre_id, name);

TEST_CASE("Chinook on PostgreSQL: quarry-schema writes the checked-in header, and queries run through it",
          "[codegen][chinook]") {
    using namespace quarry;
    using namespace chinook_postgresql;
    codegen_test::postgresql_scratch scratch{"chinook"};
    auto db = scratch.connect();
    codegen_test::load_chinook<codegen_test::postgresql_scratch>(db);
    codegen_test::check_chinook_header(scratch);

    CHECK(get<0>(db(select(count(track.track_id)).from(track)).one()) == 3503);

    auto [artist_name, album_count] = db(select(artist.name, count(album.album_id).as(albums))
                                             .from(album)
                                             .join(artist).on(album.artist_id == artist.artist_id)
                                             .group_by(artist.name)
                                             .order_by(count(album.album_id).desc())
                                             .limit(1))
                                          .one();
    CHECK(artist_name == "Iron Maiden");
    CHECK(album_count == 21);

    auto [name, composer, price] =
        db(select(track.name, track.composer, track.unit_price).from(track).where(track.track_id == 1)).one();
    CHECK(name == "For Those About To Rock (We Salute You)");
    CHECK(composer == "Angus Young, Malcolm Young, Brian Johnson");
    CHECK(price.str() == "0.99");

    auto [total, first_day] = db(select(sum(invoice.total), min(invoice.invoice_date)).from(invoice)).one();
    CHECK(total->str() == "2328.60");
    CHECK(first_day == quarry::timestamp{std::chrono::sys_days{std::chrono::year{2021} / 1 / 1}});

    auto boss = employee.as<"boss">();
    std::vector<std::string> reports;
    for (const auto& [last_name] : db(select(employee.last_name)
                                          .from(employee)
                                          .join(boss).on(employee.reports_to == boss.employee_id)
                                          .where(boss.last_name == "Adams")
                                          .order_by(employee.last_name.asc())))
        reports.push_back(last_name);
    CHECK(reports == std::vector<std::string>{"Edwards", "Mitchell"});

    db(insert_into(genre).set(genre.genre_id = 26, genre.name = "Chiptune"));
    const auto genres = db(select(all_of(genre)).from(genre).order_by(genre.genre_id.asc())).as<genre_row>().to_vector();
    REQUIRE(genres.size() == 26);
    CHECK(genres.front().name == "Rock");
    CHECK(genres.back().name == "Chiptune");
}
