// A malformed URL or an unknown scheme: url_error (a usage_error), before any connection
// is tried, through create_engine and through each backend's engine<Driver>. The message
// says what is wrong and never shows the password.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <quarry/create_engine.hpp>

#include "fault_checks.hpp"

using namespace quarry;
using Catch::Matchers::Contains;

namespace {
// Each backend's scheme in a URL that is wrong in one way, and what the error says.
struct malformed_url {
    std::string text;
    std::string says;
};

std::vector<malformed_url> malformed_urls(std::string_view scheme) {
    const std::string s(scheme);
    return {
        {s + "//localhost/db", "starts with a scheme"},
        {s + ":app:s3cret@localhost/db", "has no '//'"},
        {s + "://app:s3cret@localhost:99999/db", "is not a number from 1 to 65535"},
        {s + "://app:s3cret@[::1/db", "no closing ']'"},
        {s + "://app:s3cret@local host/db", "has characters a host cannot have"},
        {s + "://app:s3cret@localhost/d%zzb", "malformed percent-encoding"},
        {s + "://app:s3cret@localhost/db?pool_size", "is not of the form name=value"},
        {s + "://app:s3cret@localhost/db?pool_size=many", "pool_size='many'"},
        {s + "://app:s3cret@localhost/db?pool_sise=4", "unknown option 'pool_sise'"},
    };
}
}  // namespace

TEMPLATE_TEST_CASE("a malformed URL throws url_error saying what is wrong, without the password", "[faults][url]",
                   quarry::mysql::driver, quarry::mariadb::driver, quarry::postgresql::driver) {
    for (const auto& bad : malformed_urls(TestType::url_schemes.front())) {
        INFO(bad.text);
        const std::string through_engine = message_thrown<url_error>([&] { engine<TestType> e{bad.text}; });
        CHECK_THAT(through_engine, Contains(bad.says));
        CHECK_THAT(through_engine, !Contains("s3cret"));
        const std::string through_create_engine = message_thrown<url_error>([&] { create_engine(bad.text); });
        CHECK_THAT(through_create_engine, Contains(bad.says));
        CHECK_THAT(through_create_engine, !Contains("s3cret"));
    }
}

TEST_CASE("a malformed SQLite URL throws url_error saying what is wrong", "[faults][url]") {
    const std::vector<malformed_url> urls = {
        {"sqlite://host/app.db", "names a file, as sqlite:///app.db, not a host"},
        {"sqlite://", "names a file"},
        {"sqlite:app.db", "has no '//'"},
        {"sqlite:///app.db?journal_mode=fast", "journal_mode='fast' is not one of"},
        {"sqlite:///app.db?busy_timeout=5", "busy_timeout='5'"},
    };
    for (const auto& bad : urls) {
        INFO(bad.text);
        CHECK_THAT(message_thrown<url_error>([&] { engine<sqlite::driver> e{bad.text}; }), Contains(bad.says));
        CHECK_THAT(message_thrown<url_error>([&] { create_engine(bad.text); }), Contains(bad.says));
    }
}

TEMPLATE_TEST_CASE("an engine for one backend throws url_error for any other scheme", "[faults][url]",
                   quarry::sqlite::driver, quarry::mysql::driver, quarry::postgresql::driver) {
    const std::string unknown = message_thrown<url_error>([] { engine<TestType> e{"oracle://app:s3cret@localhost/db"}; });
    CHECK_THAT(unknown, Contains("cannot open a 'oracle' URL"));
    CHECK_THAT(unknown, !Contains("s3cret"));
    const std::string other = TestType::url_schemes.front() == "sqlite" ? "postgresql://app@localhost/db"
                                                                        : "sqlite:///app.db";
    CHECK_THAT(message_thrown<url_error>([&] { engine<TestType> e{other}; }), Contains("cannot open a '"));
}

TEST_CASE("create_engine throws url_error for an unknown scheme, naming the schemes it opens", "[faults][url]") {
    const std::string message = message_thrown<url_error>([] { create_engine("oracle://app:s3cret@localhost/db"); });
    CHECK_THAT(message, Contains("unknown database URL scheme 'oracle'; Quarry opens sqlite, mysql, mariadb, postgresql"));
    CHECK_THAT(message, !Contains("s3cret"));
}
