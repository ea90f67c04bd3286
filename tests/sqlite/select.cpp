// SQLite only: a database in a file. Everything else about SELECT runs on every
// backend in tests/integration/select.cpp.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

#include "integration/fixtures.hpp"

using namespace quarry;
using names = std::vector<std::string>;

TEST_CASE("a file database keeps its rows after the connection closes") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("quarry-sqlite-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "people.db").string();
    {
        sqlite::connection db{path};
        add_people(db);
    }
    {
        sqlite::connection db{path};
        CHECK(first_fields(db(select(users.name).from(users).order_by(users.id.asc()))) ==
              names{"Ann", "Bob", "Cleo", "Dora"});
    }
    std::filesystem::remove_all(dir);
}
