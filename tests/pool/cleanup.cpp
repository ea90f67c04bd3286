// Removes what pool_backends.hpp made, when the test run ends.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "pool_backends.hpp"
#include "scratch_cleanup.hpp"

QUARRY_TEST_REMOVE_AT_END(pool_test_database)
