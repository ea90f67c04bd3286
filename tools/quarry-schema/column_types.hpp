#pragma once
// Which Quarry type each backend's column types become, and the user's own mappings
// (--map-type NAME=CPP) for the types Quarry has none for. Each backend's catalog names
// a column's type its own way, and that name is also what --map-type matches:
//
//   Quarry type        SQLite (declared type)          MySQL/MariaDB (DATA_TYPE)      PostgreSQL (udt_name)
//   std::int32_t       INT, MEDIUMINT, SMALLINT,       int, mediumint, smallint,      int4, int2
//                      TINYINT, INT2                   tinyint (but tinyint(1))
//   std::int64_t       INTEGER, BIGINT, INT8           bigint                         int8
//   std::uint32_t                                      int unsigned
//   std::uint64_t      UNSIGNED BIG INT                bigint unsigned
//   double             REAL, DOUBLE [PRECISION], FLOAT double, float, real            float8, float4
//   quarry::decimal    NUMERIC, DECIMAL [(p, s)]       decimal (p, s)                 numeric [(p, s)]
//   bool               BOOLEAN, BOOL                   tinyint(1), which BOOLEAN is   bool
//   std::string        TEXT, [N][VAR]CHAR, CLOB, ...   char, varchar, *text           text, varchar, bpchar, name
//   quarry::blob       BLOB                            binary, varbinary, *blob       bytea
//   quarry::date       DATE                            date                           date
//   quarry::timestamp  DATETIME, TIMESTAMP             datetime                       timestamp
//   ... with_time_zone TIMESTAMPTZ                     timestamp (an instant in UTC)  timestamptz
//
// SQLite's INTEGER is 64 bits (it is the rowid's type), so it reads as std::int64_t.
// Any other type (geometry, uuid, json on PostgreSQL, enum, interval ...) is an error
// naming each such column, unless --map-type maps it.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schema_model.hpp"

namespace quarry_schema {

std::optional<column_type> sqlite_column_type(std::string_view declared_type);
std::optional<column_type> mysql_column_type(std::string_view data_type, std::string_view full_type,
                                             std::optional<int> precision, std::optional<int> scale);
std::optional<column_type> postgresql_column_type(std::string_view udt_name, std::optional<int> precision,
                                                  std::optional<int> scale);

// The name --map-type matches a database type by: without arguments, in lower case.
// "GEOMETRY(Point, 4326)" -> "geometry"
std::string type_name_to_map(std::string_view database_type);

// The user's mappings, from --map-type 'geometry=std::string'.
class type_overrides {
public:
    // Throws command_line_error for a mapping that is not NAME=CPP, or whose CPP is not
    // one of Quarry's column types.
    void add(std::string_view mapping);

    // The mapping for a database type, by type_name_to_map.
    std::optional<value_kind> find(std::string_view database_type) const;

private:
    std::vector<std::pair<std::string, value_kind>> mappings_;  // by type_name_to_map
};

// Gives each column its type, the user's mapping first, then Quarry's own; collects the
// columns with neither, to report them all at once.
class column_typing {
public:
    explicit column_typing(const type_overrides& overrides) : overrides_(overrides) {}

    // `database_type` is the catalog's name for the type, as --map-type matches it;
    // `quarry_type` what the backend's mapping above made of it. For an unknown type the
    // column is recorded and reads as text, so that reading goes on to find the others.
    column_type type_of(std::string_view table, std::string_view column, std::string_view database_type,
                        std::optional<column_type> quarry_type);

    // Throws schema_error naming every column of an unknown type, and the option to map it.
    void check() const;

private:
    const type_overrides& overrides_;
    std::vector<std::string> unknown_;  // "table"."column" has type T
    std::string example_type_;
};

}  // namespace quarry_schema
