// Engines from URLs: each backend opened by its URL, the options read strictly, and the
// password kept out of the printed form and the errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>

#include <quarry/create_engine.hpp>
#include <quarry/quarry.hpp>

#include "schema.hpp"
#include "servers.hpp"

using namespace quarry;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {
std::string temporary_database() {
    const auto path = std::filesystem::temp_directory_path() / ("quarry_engine_" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    return path.string();
}

std::string printed(const auto& engine) {
    std::ostringstream out;
    out << engine;
    return out.str();
}

const std::string password = test_servers::setting("QUARRY_TEST_MYSQL_PASSWORD");

std::string mariadb_url(std::string_view scheme) {
    return std::string(scheme) + "://root:" + password + "@localhost/" + test_servers::setting("QUARRY_TEST_MYSQL_DATABASE") +
           "?unix_socket=" + test_servers::setting("QUARRY_TEST_MYSQL_SOCKET");
}

std::string postgresql_url() {
    return "postgresql://" + test_servers::setting("QUARRY_TEST_PG_USER") + ":" +
           test_servers::setting("QUARRY_TEST_PG_PASSWORD") + "@:" + test_servers::setting("QUARRY_TEST_PG_PORT") + "/" +
           test_servers::setting("QUARRY_TEST_PG_DATABASE") + "?host=" + test_servers::setting("QUARRY_TEST_PG_HOST") +
           "&connect_timeout=5s";
}

// The backend's name, and 1 from the database, through whichever engine the URL made.
template <class Engine>
std::string backend_answering(Engine& engine) {
    return engine.visit([](auto& e) {
        auto db = e.connect();
        CHECK(get<0>(db(select(cast<std::int64_t>(1))).one()) == 1);
        return std::string(std::decay_t<decltype(e)>::dialect::name);
    });
}
}  // namespace

TEST_CASE("an SQLite engine reads its URL's options: pool, cache and pragmas") {
    const std::string path = temporary_database();
    engine<sqlite::driver> e{"sqlite:///" + path +
                             "?pool_size=3&acquire_timeout=250ms&max_lifetime=30min&idle_timeout=2min&pre_ping=off"
                             "&statement_cache_size=16&journal_mode=wal&busy_timeout=2s&foreign_keys=on"};
    const pool_options& o = e.pool().options();
    CHECK(o.max_size == 3);
    CHECK(o.acquire_timeout == 250ms);
    CHECK(o.max_lifetime == 30min);
    CHECK(o.idle_timeout == 2min);
    CHECK_FALSE(o.pre_ping);
    {
        auto db = e.connect();
        db(create_table(users));
        db(create_table(posts));
        db(insert_into(users).set(users.name = "Ann"));
        CHECK(std::filesystem::exists(path + "-wal"));  // journal_mode=wal
        CHECK_THROWS_AS(db(insert_into(posts).set(posts.title = "orphan", posts.user_id = 99)),
                        foreign_key_violation);  // foreign_keys=on
    }
    std::filesystem::remove(path);
}

TEST_CASE("an in-memory SQLite engine shares its one connection") {
    engine<sqlite::driver> e{"sqlite::memory:"};
    CHECK(e.pool().options().max_size == 1);
    e.connect()(create_table(users));
    auto db = e.connect();
    CHECK(get<0>(db(select(count()).from(users)).one()) == 0);  // the same database
}

TEST_CASE("a misspelt option, a value of the wrong form or another backend's URL is a url_error") {
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?pool_sise=3"},
                      Contains("unknown option 'pool_sise' in the sqlite URL"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?acquire_timeout=30"},
                      Contains("acquire_timeout='30' is not a duration with its unit"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?pre_ping=maybe"}, Contains("is not true or false"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?pool_size=0"}, Contains("pool_size must be at least 1"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?journal_mode=fast"}, Contains("journal_mode='fast'"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"sqlite:///x.db?pool_size=2&pool_size=3"}, Contains("twice"));
    CHECK_THROWS_WITH(engine<sqlite::driver>{"postgresql://app@db/shop"},
                      Contains("a SQLite engine cannot open a 'postgresql' URL"));
    CHECK_THROWS_WITH(create_engine("oracle://app@db/shop"),
                      Contains("unknown database URL scheme 'oracle'; Quarry opens sqlite, mysql, mariadb, postgresql"));
    CHECK_THROWS_AS(create_engine("postgresql://app@db:99999/shop"), url_error);
}

TEST_CASE("create_engine opens each backend by its URL's scheme") {
    auto sqlite_engine = create_engine("sqlite::memory:");
    CHECK(backend_answering(sqlite_engine) == "SQLite");
    auto mysql_engine = create_engine(mariadb_url("mysql"));
    CHECK(backend_answering(mysql_engine) == "MySQL");
    auto mariadb_engine = create_engine(mariadb_url("mariadb"));
    CHECK(backend_answering(mariadb_engine) == "MariaDB");
    auto postgresql_engine = create_engine(postgresql_url());
    CHECK(backend_answering(postgresql_engine) == "PostgreSQL");
}

TEST_CASE("an engine prints its URL with the password as ***") {
    auto e = create_engine(mariadb_url("mysql") + "&pool_size=2");
    const std::string text = printed(e);
    CHECK_THAT(text, Contains("quarry::engine(mysql://root:***@localhost/"));
    CHECK_THAT(text, Contains("pool_size=2)"));
    CHECK_THAT(text, !Contains(password));
    CHECK_THAT(e.redacted_url(), !Contains(password));
}

TEST_CASE("a wrong password fails the first connect with connection_error, without the password") {
    auto e = create_engine("postgresql://" + test_servers::setting("QUARRY_TEST_PG_USER") +
                           ":wrong-secret-pw@:" + test_servers::setting("QUARRY_TEST_PG_PORT") + "/" +
                           test_servers::setting("QUARRY_TEST_PG_DATABASE") +
                           "?host=" + test_servers::setting("QUARRY_TEST_PG_HOST"));
    e.visit([](auto& backend) {
        try {
            backend.connect();
            FAIL("expected connection_error");
        } catch (const connection_error& error) {
            CHECK_THAT(error.what(), !Contains("wrong-secret-pw"));
        }
    });
}
