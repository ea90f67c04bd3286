// Removes what fault_backends.hpp made, when the test run ends (from a Catch listener:
// at static-destruction time, libpq's TLS library would already be shut down).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "fault_backends.hpp"

namespace {
struct fault_test_cleanup : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testRunEnded(const Catch::TestRunStats&) override {
        std::error_code ignored;
        std::filesystem::remove_all(fault_test_folder(), ignored);
        try {
            quarry::mysql::connection admin{test_servers::mysql_socket()};
            admin.driver().execute("DROP DATABASE IF EXISTS " + fault_test_database);
        } catch (...) {
        }
        try {
            quarry::postgresql::connection admin{test_servers::postgresql_socket()};
            admin.driver().execute("DROP DATABASE IF EXISTS " + fault_test_database);
        } catch (...) {
        }
    }
};
}  // namespace

CATCH_REGISTER_LISTENER(fault_test_cleanup)
