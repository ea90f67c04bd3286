// quarry-schema: the C++ table declarations of a live database, as a header.
//   quarry-schema 'postgresql://app@/shop?host=/run/postgresql' -o shop_tables.hpp
// See command_line.hpp for the options. Exit status: 0 written, 1 the database could
// not be read or declared (nothing is written), 2 a wrong command line.
#include <exception>
#include <fstream>
#include <iostream>

#include "command_line.hpp"
#include "declarable.hpp"
#include "errors.hpp"
#include "header_writer.hpp"
#include "reflect.hpp"

namespace {

void write_file(const std::string& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    file.close();
    if (!file) throw quarry_schema::schema_error("quarry-schema: could not write '" + path + "'");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace quarry_schema;
    try {
        const command_line options = parse_command_line({argv + 1, static_cast<std::size_t>(argc - 1)});
        if (options.help) {
            std::cout << usage;
            return 0;
        }
        const database_schema schema = declarable(read_schema(options.database_url, options.types));
        const std::string header = write_header(schema, options.header);
        for (const table& t : schema.tables) {
            for (const std::string& note : t.notes)
                std::cerr << "quarry-schema: table \"" << t.name << "\": not declared: " << note << '\n';
        }
        if (options.output_path.empty()) std::cout << header;
        else write_file(options.output_path, header);
        return 0;
    } catch (const command_line_error& e) {
        std::cerr << e.what() << "\n\n" << usage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
