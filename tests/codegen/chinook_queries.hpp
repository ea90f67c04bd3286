#pragma once
// Queries over Chinook through a header quarry-schema wrote, with the data's known answers.
// SQLite's and MariaDB's scripts name tables and columns alike (Artist.ArtistId), so their
// headers differ only in types and namespace, and `Tables` names one of them:
//   struct Tables { static constexpr const auto& Artist = chinook_sqlite::Artist; ... };
// PostgreSQL's script names them in snake case: its queries are in chinook_postgresql.cpp.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <quarry/quarry.hpp>

QUARRY_ALIAS(albums);

namespace codegen_test {

// A genre as a struct: its id is read as 64 bits whatever the column's width.
struct chinook_genre {
    std::int64_t GenreId = 0;
    std::optional<std::string> Name;
};

inline double as_double(const quarry::decimal& value) { return std::stod(value.str()); }

template <class Tables, class Db>
void check_chinook_queries(Db& db) {
    using namespace quarry;
    constexpr const auto& Artist = Tables::Artist;
    constexpr const auto& Album = Tables::Album;
    constexpr const auto& Track = Tables::Track;
    constexpr const auto& Employee = Tables::Employee;
    constexpr const auto& Invoice = Tables::Invoice;
    constexpr const auto& Genre = Tables::Genre;

    CHECK(get<0>(db(select(count(Track.TrackId)).from(Track)).one()) == 3503);

    auto [artist, album_count] = db(select(Artist.Name, count(Album.AlbumId).as(albums))
                                        .from(Album)
                                        .join(Artist).on(Album.ArtistId == Artist.ArtistId)
                                        .group_by(Artist.Name)
                                        .order_by(count(Album.AlbumId).desc())
                                        .limit(1))
                                     .one();
    CHECK(artist == "Iron Maiden");
    CHECK(album_count == 21);

    auto [name, composer, price] =
        db(select(Track.Name, Track.Composer, Track.UnitPrice).from(Track).where(Track.TrackId == 1)).one();
    CHECK(name == "For Those About To Rock (We Salute You)");
    CHECK(composer == "Angus Young, Malcolm Young, Brian Johnson");
    CHECK(as_double(price) == Approx(0.99));

    auto [total, first_day] = db(select(sum(Invoice.Total), min(Invoice.InvoiceDate)).from(Invoice)).one();
    CHECK(as_double(*total) == Approx(2328.6));
    CHECK(first_day == quarry::timestamp{std::chrono::sys_days{std::chrono::year{2021} / 1 / 1}});

    // The self-reference ReportsTo, through an alias.
    auto boss = Employee.template as<"boss">();
    std::vector<std::string> reports;
    for (const auto& [last_name] : db(select(Employee.LastName)
                                          .from(Employee)
                                          .join(boss).on(Employee.ReportsTo == boss.EmployeeId)
                                          .where(boss.LastName == "Adams")
                                          .order_by(Employee.LastName.asc())))
        reports.push_back(last_name);
    CHECK(reports == std::vector<std::string>{"Edwards", "Mitchell"});

    // Written through the header, and read back as structs.
    db(insert_into(Genre).set(Genre.GenreId = 26, Genre.Name = "Chiptune"));
    const auto genres = as<chinook_genre>(db(select(all_of(Genre)).from(Genre).order_by(Genre.GenreId.asc()))).to_vector();
    REQUIRE(genres.size() == 26);
    CHECK(genres.front().Name == "Rock");
    CHECK(genres.back().Name == "Chiptune");
}

}  // namespace codegen_test

BOOST_HANA_ADAPT_STRUCT(codegen_test::chinook_genre, GenreId, Name);
