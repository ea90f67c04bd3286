#pragma once
// The errors quarry-schema reports to its user, each with a message that says what to do:
// a wrong command line (exit status 2), and a schema it cannot declare (exit status 1).
// Failures to connect or to read a catalog come as Quarry's own errors (exit status 1).
#include <stdexcept>

namespace quarry_schema {

class command_line_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class schema_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace quarry_schema
