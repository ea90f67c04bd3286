#!/usr/bin/env python3
"""Writes the two translation units of the compile-time benchmark (issue 7):

  quarry_queries.cpp  100 queries over 10 tables, written in Quarry's DSL, plus 3 over a
                      table of 200 columns; each query is run through a connection, as a
                      program would, so that its execution code is compiled too
  raw_queries.cpp     the same 103 queries as SQL strings, run with SQLite's C API (prepare,
                      bind, step, read every column)

Each defines `int run_queries(DB&, std::int64_t& checksum)`, which creates the tables and
runs every query once, returning how many ran (the checksum keeps the values read in use); run_queries_main.cpp runs it (a test), and scripts/bench times
g++ -O2 compiling each file. Usage: generate_queries.py OUTPUT_DIRECTORY
"""
import pathlib
import sys

TABLES = 10
WIDE_COLUMNS = 200

# The columns of t0..t9: name, C++ type, SQL type, how SQLite's C API reads it.
COLUMNS = [
    ("id", "std::int64_t", "INTEGER PRIMARY KEY AUTOINCREMENT", "int64"),
    ("parent_id", "std::optional<std::int64_t>", "INTEGER", "int64?"),
    ("name", "std::string", "TEXT NOT NULL", "text"),
    ("score", "std::int32_t", "INTEGER NOT NULL", "int64"),
    ("ratio", "double", "REAL NOT NULL", "double"),
    ("note", "std::optional<std::string>", "TEXT", "text?"),
    ("active", "bool", "INTEGER NOT NULL", "int64"),
]

# The wide table: id, then c1..c199 cycling through four types.
WIDE_TYPES = [("std::int64_t", "INTEGER NOT NULL", "int64", "1"),
              ("std::string", "TEXT NOT NULL", "text", '"w"'),
              ("double", "REAL NOT NULL", "double", "0.5"),
              ("std::optional<std::int32_t>", "INTEGER", "int64?", "7")]


def wide_column(k):
    return WIDE_TYPES[k % len(WIDE_TYPES)]


class Query:
    """One query in both forms: a Quarry expression, and SQL with its bound values and the
    way to read each result column."""

    def __init__(self, quarry, sql, binds, reads):
        self.quarry = quarry
        self.sql = sql
        self.binds = binds  # ("int64" | "double" | "text" | "null", C++ literal)
        self.reads = reads  # "int64", "double", "text", with "?" when it may be NULL


def queries_for(i):
    t = f"t{i}"
    p = f"t{(i + TABLES - 1) % TABLES}"  # the parent
    c = f"t{(i + 1) % TABLES}"  # the child
    return [
        Query(f'select({t}.id, {t}.name, {t}.score).from({t}).where({t}.score > {i} && {t}.name.like("a%"))'
              f'.order_by({t}.id.asc()).limit(20)',
              f"SELECT id, name, score FROM {t} WHERE score > ? AND name LIKE ? ORDER BY id ASC LIMIT ?",
              [("int64", str(i)), ("text", '"a%"'), ("int64", "20")], ["int64", "text", "int64"]),
        Query(f'select({t}.name, {c}.note, {c}.ratio).from({t}).join({c}).on({c}.parent_id == {t}.id)'
              f'.where({c}.active == true).order_by({c}.ratio.desc())',
              f"SELECT {t}.name, {c}.note, {c}.ratio FROM {t} JOIN {c} ON {c}.parent_id = {t}.id "
              f"WHERE {c}.active = ? ORDER BY {c}.ratio DESC",
              [("int64", "1")], ["text", "text?", "double"]),
        Query(f'select({t}.name, count({c}.id), sum({c}.score)).from({t}).join({c}).on({c}.parent_id == {t}.id)'
              f'.group_by({t}.name).having(count({c}.id) > 2).order_by({t}.name.asc())',
              f"SELECT {t}.name, COUNT({c}.id), SUM({c}.score) FROM {t} JOIN {c} ON {c}.parent_id = {t}.id "
              f"GROUP BY {t}.name HAVING COUNT({c}.id) > ? ORDER BY {t}.name ASC",
              [("int64", "2")], ["text", "int64", "int64?"]),
        Query(f'select({t}.id, {t}.name).from({t}).where({t}.parent_id.in(select({p}.id).from({p}).where({p}.score > 5)))',
              f"SELECT id, name FROM {t} WHERE parent_id IN (SELECT id FROM {p} WHERE score > ?)",
              [("int64", "5")], ["int64", "text"]),
        Query(f'select({t}.name).from({t}).where(exists(select({c}.id).from({c}).where({c}.parent_id == {t}.id)))',
              f"SELECT name FROM {t} WHERE EXISTS (SELECT {c}.id FROM {c} WHERE {c}.parent_id = {t}.id)",
              [], ["text"]),
        Query(f'select({t}.name, {t}.ratio).from({t}).where({t}.ratio > select(avg({t}.ratio)).from({t}))',
              f"SELECT name, ratio FROM {t} WHERE ratio > (SELECT AVG(ratio) FROM {t})",
              [], ["text", "double"]),
        Query(f'select({t}.id, upper({t}.name), count({c}.id)).from({t}).left_join({c}).on({c}.parent_id == {t}.id)'
              f'.group_by({t}.id, {t}.name).order_by(count({c}.id).desc()).limit(5)',
              f"SELECT {t}.id, UPPER({t}.name), COUNT({c}.id) FROM {t} LEFT JOIN {c} ON {c}.parent_id = {t}.id "
              f"GROUP BY {t}.id, {t}.name ORDER BY COUNT({c}.id) DESC LIMIT ?",
              [("int64", "5")], ["int64", "text", "int64"]),
        Query(f'insert_into({t}).set({t}.parent_id = std::int64_t{{1}}, {t}.name = "n{i}", {t}.score = {i}, '
              f'{t}.ratio = 0.5, {t}.note = std::nullopt, {t}.active = true)',
              f"INSERT INTO {t} (parent_id, name, score, ratio, note, active) VALUES (?, ?, ?, ?, ?, ?)",
              [("int64", "1"), ("text", f'"n{i}"'), ("int64", str(i)), ("double", "0.5"), ("null", ""),
               ("int64", "1")], None),
        Query(f'update({t}).set({t}.score = {t}.score + 1, {t}.note = "updated").where({t}.id == 7)',
              f"UPDATE {t} SET score = score + ?, note = ? WHERE id = ?",
              [("int64", "1"), ("text", '"updated"'), ("int64", "7")], None),
        Query(f'delete_from({t}).where({t}.score < 0 && {t}.note.is_null())',
              f"DELETE FROM {t} WHERE score < ? AND note IS NULL",
              [("int64", "0")], None),
    ]


def wide_queries():
    columns = [f"c{k}" for k in range(1, WIDE_COLUMNS)]
    every = ", ".join(f"wide.{name}" for name in ["id"] + columns)
    assignments = ", ".join(f"wide.{name} = {wide_column(k)[3]}" for k, name in enumerate(columns, 1))
    updated = columns[:10]
    return [
        Query(f"select({every}).from(wide).where(wide.id == 1)",
              f"SELECT {', '.join(['id'] + columns)} FROM wide WHERE id = ?",
              [("int64", "1")], ["int64"] + [wide_column(k)[2] for k in range(1, WIDE_COLUMNS)]),
        Query(f"insert_into(wide).set({assignments})",
              f"INSERT INTO wide ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
              [(bind_kind(wide_column(k)[2]), wide_column(k)[3]) for k in range(1, WIDE_COLUMNS)], None),
        Query(f"update(wide).set({', '.join(f'wide.{n} = {wide_column(k)[3]}' for k, n in enumerate(updated, 1))})"
              f".where(wide.id == 1)",
              f"UPDATE wide SET {', '.join(f'{n} = ?' for n in updated)} WHERE id = ?",
              [(bind_kind(wide_column(k)[2]), wide_column(k)[3]) for k in range(1, 11)] + [("int64", "1")], None),
    ]


def bind_kind(read):
    return read.rstrip("?")


def all_queries():
    return [q for i in range(TABLES) for q in queries_for(i)] + wide_queries()


def table_declarations():
    lines = []
    for i in range(TABLES):
        parent = f", references(t{i - 1}, id)" if i > 0 else ""
        lines.append(f"QUARRY_TABLE(t{i},\n"
                     "    (id, std::int64_t, primary_key, auto_increment),\n"
                     f"    (parent_id, std::optional<std::int64_t>{parent}),\n"
                     "    (name, std::string),\n"
                     "    (score, std::int32_t),\n"
                     "    (ratio, double),\n"
                     "    (note, std::optional<std::string>),\n"
                     "    (active, bool));\n")
    wide = ",\n".join(["    (id, std::int64_t, primary_key, auto_increment)"] +
                      [f"    (c{k}, {wide_column(k)[0]})" for k in range(1, WIDE_COLUMNS)])
    lines.append(f"QUARRY_TABLE(wide,\n{wide});\n")
    return "\n".join(lines)


def create_statements():
    statements = []
    for i in range(TABLES):
        columns = ", ".join(f"{name} {sql}" for name, _, sql, _ in COLUMNS)
        statements.append(f"CREATE TABLE t{i} ({columns})")
    wide = ", ".join(["id INTEGER PRIMARY KEY AUTOINCREMENT"] +
                     [f"c{k} {wide_column(k)[1]}" for k in range(1, WIDE_COLUMNS)])
    statements.append(f"CREATE TABLE wide ({wide})")
    return statements


HEADER = """// Generated by benchmarks/compile/generate_queries.py: do not edit.
"""


def quarry_unit(queries):
    functions = []
    for n, q in enumerate(queries):
        if q.reads is None:
            body = f"    return db({q.quarry}).rows_affected;"
        else:
            # The result must outlive its iterator: begin() on the temporary would dangle.
            body = (f"    std::int64_t rows = 0;\n"
                    f"    for ([[maybe_unused]] const auto& row : db({q.quarry})) ++rows;\n"
                    f"    return rows;")
        functions.append(f"std::int64_t q{n:03}(quarry::sqlite::connection& db) {{\n{body}\n}}\n")
    creates = "\n".join(f"    db(create_table(t{i}));" for i in range(TABLES)) + "\n    db(create_table(wide));"
    calls = "\n".join(f"    checksum += q{n:03}(db);" for n in range(len(queries)))
    return f"""{HEADER}#include <cstdint>
#include <optional>
#include <string>

#include <quarry/quarry.hpp>
#include <quarry/sqlite/connection.hpp>

{table_declarations()}
namespace {{
using namespace quarry;

{chr(10).join(functions)}}}  // namespace

int run_queries(quarry::sqlite::connection& db, std::int64_t& checksum) {{
{creates}
{calls}
    return {len(queries)};
}}
"""


def raw_bind(kind, literal, index):
    if kind == "int64":
        return f"    sqlite3_bind_int64(s.get(), {index}, {literal});"
    if kind == "double":
        return f"    sqlite3_bind_double(s.get(), {index}, {literal});"
    if kind == "text":
        return f"    sqlite3_bind_text(s.get(), {index}, {literal}, -1, SQLITE_STATIC);"
    return f"    sqlite3_bind_null(s.get(), {index});"


def raw_read(read, column):
    kind = read.rstrip("?")
    value = {"int64": f"sqlite3_column_int64(s.get(), {column})",
             "double": f"static_cast<std::int64_t>(sqlite3_column_double(s.get(), {column}))",
             "text": f"sqlite3_column_bytes(s.get(), {column})"}[kind]
    if read.endswith("?"):
        return f"        if (sqlite3_column_type(s.get(), {column}) != SQLITE_NULL) total += {value};"
    return f"        total += {value};"


def raw_unit(queries):
    functions = []
    for n, q in enumerate(queries):
        binds = "\n".join(raw_bind(kind, literal, k) for k, (kind, literal) in enumerate(q.binds, 1))
        if q.reads is None:
            run = "    s.step();\n    return sqlite3_changes(db);"
        else:
            reads = "\n".join(raw_read(read, k) for k, read in enumerate(q.reads))
            run = (f"    std::int64_t total = 0;\n"
                   f"    while (s.step()) {{\n{reads}\n    }}\n"
                   f"    return total;")
        functions.append(f'std::int64_t q{n:03}(sqlite3* db) {{\n    statement s{{db, "{q.sql}"}};\n{binds}\n{run}\n}}\n')
    creates = "\n".join(f'    execute(db, "{sql}");' for sql in create_statements())
    calls = "\n".join(f"    checksum += q{n:03}(db);" for n in range(len(queries)))
    return f"""{HEADER}#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace {{

void check(sqlite3* db, int code) {{
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
}}

void execute(sqlite3* db, const char* sql) {{ check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr)); }}

class statement {{
public:
    statement(sqlite3* db, const char* sql) : db_(db) {{ check(db, sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr)); }}
    statement(const statement&) = delete;
    statement& operator=(const statement&) = delete;
    ~statement() {{ sqlite3_finalize(stmt_); }}
    sqlite3_stmt* get() const {{ return stmt_; }}
    bool step() {{
        const int code = sqlite3_step(stmt_);
        check(db_, code);
        return code == SQLITE_ROW;
    }}

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
}};

{chr(10).join(functions)}}}  // namespace

int run_queries(sqlite3* db, std::int64_t& checksum) {{
{creates}
{calls}
    return {len(queries)};
}}
"""


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    queries = all_queries()
    (out / "quarry_queries.cpp").write_text(quarry_unit(queries))
    (out / "raw_queries.cpp").write_text(raw_unit(queries))


if __name__ == "__main__":
    main()
