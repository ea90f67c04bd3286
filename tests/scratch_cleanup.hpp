#pragma once
// Removes, when the test run ends, what a test program made under one name: the folder of
// that name in the temporary directory, and the database of that name on both test
// servers. A Catch listener, because at static-destruction time libpq's TLS library
// would already be shut down. In one source file of the program:
//   #define CATCH_CONFIG_EXTERNAL_INTERFACES
//   #include <catch2/catch.hpp>
//   QUARRY_TEST_REMOVE_AT_END(pool_test_database)
#include <filesystem>
#include <string>
#include <system_error>

#include <quarry/mysql/connection.hpp>
#include <quarry/postgresql/connection.hpp>

#include "servers.hpp"

inline void remove_scratch(const std::string& name) {
    std::error_code ignored;
    std::filesystem::remove_all(std::filesystem::temp_directory_path() / name, ignored);
    try {
        quarry::mysql::connection admin{test_servers::mysql_socket()};
        admin.driver().execute("DROP DATABASE IF EXISTS " + name);
    } catch (...) {
    }
    try {
        quarry::postgresql::connection admin{test_servers::postgresql_socket()};
        admin.driver().execute("DROP DATABASE IF EXISTS " + name);
    } catch (...) {
    }
}

#define QUARRY_TEST_REMOVE_AT_END(name)                                                   \
    namespace {                                                                           \
    struct scratch_cleanup : Catch::TestEventListenerBase {                               \
        using TestEventListenerBase::TestEventListenerBase;                               \
        void testRunEnded(const Catch::TestRunStats&) override { remove_scratch(name); } \
    };                                                                                    \
    }                                                                                     \
    CATCH_REGISTER_LISTENER(scratch_cleanup)
