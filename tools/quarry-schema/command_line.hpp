#pragma once
// quarry-schema's command line:
//
//   quarry-schema [-o FILE] [--namespace NAME] [--map-type TYPE=CPP]... DATABASE_URL
#include <span>
#include <string>
#include <string_view>

#include "column_types.hpp"
#include "header_writer.hpp"

namespace quarry_schema {

inline constexpr std::string_view usage =
    "usage: quarry-schema [options] DATABASE_URL\n"
    "Writes the C++ table declarations (QUARRY_TABLE) of a database's tables as a header.\n"
    "  DATABASE_URL            sqlite:///app.db, mysql://user:password@host/db, mariadb://...,\n"
    "                          postgresql://user:password@host/db (its current schema)\n"
    "  -o, --output FILE       write the header to FILE rather than to standard output\n"
    "  --namespace NAME        declare the tables in namespace NAME (may be nested: a::b)\n"
    "  --map-type TYPE=CPP     read columns of database type TYPE as CPP, one of Quarry's column\n"
    "                          types, e.g. --map-type 'geometry=std::string'; may be repeated\n"
    "  -h, --help              show this and exit\n";

struct command_line {
    std::string database_url;
    std::string output_path;  // empty: standard output
    header_options header;
    type_overrides types;
    bool help = false;
};

// The arguments after the program's name. Throws command_line_error for a wrong one.
command_line parse_command_line(std::span<const char* const> arguments);

}  // namespace quarry_schema
