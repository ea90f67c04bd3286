#!/usr/bin/env python3
"""Turns the README's C++ examples into a Catch2 test, so the README cannot drift.

A ```cpp block that declares tables or includes headers goes at file scope. The
other blocks, in order, form one TEST_CASE (the README is a tour: later blocks use
what earlier ones made), run against an in-memory database `db` in which the
README's tables exist.
"""
import re
import sys

readme, output = sys.argv[1], sys.argv[2]
blocks = re.findall(r"```cpp\n(.*?)```", open(readme, encoding="utf-8").read(), re.S)
file_scope = [b for b in blocks if "QUARRY_TABLE" in b or "#include" in b or "QUARRY_ALIAS" in b]
bodies = [b for b in blocks if b not in file_scope]
tables = re.findall(r"QUARRY_TABLE\((\w+)", "".join(file_scope))

with open(output, "w", encoding="utf-8") as out:
    out.write("// Generated from README.md by extract_examples.py.\n")
    out.write("#include <catch2/catch.hpp>\n#include <quarry/quarry.hpp>\n#include <quarry/sqlite/connection.hpp>\n")
    out.write("#include <iostream>\n\n")
    out.write("\n".join(file_scope) + "\n")
    out.write('\nTEST_CASE("The README tour runs") {\n')
    out.write('    quarry::sqlite::connection db{":memory:"};\n')
    for table in tables:
        out.write(f"    db(quarry::create_table({table}));\n")
    out.write("    using namespace quarry;\n")
    for body in bodies:
        out.write(body)
    out.write("}\n")
