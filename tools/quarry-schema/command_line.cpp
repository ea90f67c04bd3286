#include "command_line.hpp"

#include "cpp_names.hpp"
#include "errors.hpp"

namespace quarry_schema {

namespace {

// "a::b": each part an identifier that cpp_identifier keeps as it is.
bool is_namespace_name(std::string_view name) {
    while (true) {
        const auto separator = name.find("::");
        const std::string_view part = name.substr(0, separator);
        if (part.empty() || cpp_identifier(part) != part) return false;
        if (separator == std::string_view::npos) return true;
        name.remove_prefix(separator + 2);
    }
}

}  // namespace

command_line parse_command_line(std::span<const char* const> arguments) {
    command_line result;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        auto value = [&]() -> std::string_view {
            if (i + 1 == arguments.size())
                throw command_line_error("quarry-schema: " + std::string(argument) + " needs a value");
            return arguments[++i];
        };
        if (argument == "-h" || argument == "--help") {
            result.help = true;
        } else if (argument == "-o" || argument == "--output") {
            result.output_path = value();
        } else if (argument == "--namespace") {
            result.header.cpp_namespace = value();
            if (!is_namespace_name(result.header.cpp_namespace))
                throw command_line_error("quarry-schema: --namespace '" + result.header.cpp_namespace +
                                         "' is not a C++ namespace name");
        } else if (argument == "--map-type") {
            result.types.add(value());
        } else if (argument.starts_with("-")) {
            throw command_line_error("quarry-schema: unknown option " + std::string(argument));
        } else if (!result.database_url.empty()) {
            throw command_line_error("quarry-schema: one database URL, please; got '" + result.database_url +
                                     "' and '" + std::string(argument) + "'");
        } else {
            result.database_url = argument;
        }
    }
    if (result.database_url.empty() && !result.help)
        throw command_line_error("quarry-schema: which database? give its URL, as sqlite:///app.db");
    return result;
}

}  // namespace quarry_schema
