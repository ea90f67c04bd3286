#pragma once
// C++ names for SQL names. A declaration's names are C++ identifiers; an SQL name that is
// not a good one gets one made from it, and the declaration keeps the SQL name with
// sql_name("...") or QUARRY_NAMED_TABLE:
//   "Unit Price" -> Unit_Price    "2fa" -> n_2fa    "class" -> class_    "größe" -> gr_e
// Not good: characters outside [A-Za-z0-9_] (each run becomes one underscore), a leading
// digit, C++ keywords and the standard library's macros (NULL, errno ...), and names the
// C++ standard reserves (a double underscore, a leading underscore; trimmed).
#include <set>
#include <string>
#include <string_view>

namespace quarry_schema {

std::string cpp_identifier(std::string_view sql_name);

// Gives out C++ names unique in one scope: a table's columns, or a header's tables.
class identifier_scope {
public:
    // `reserved` are names the scope holds already: for columns, the members that
    // quarry::table itself has (sql_name, as ...), which a column must not hide.
    static identifier_scope for_columns();
    // At namespace scope, a table also defines NAME_definition, and must not take the
    // names of namespaces a header uses (std, quarry).
    static identifier_scope for_tables();

    // cpp_identifier(sql_name), with _2, _3 ... appended while that is taken.
    std::string claim(std::string_view sql_name);

private:
    identifier_scope(std::set<std::string> reserved, std::string companion_suffix)
        : taken_(std::move(reserved)), companion_suffix_(std::move(companion_suffix)) {}

    bool is_free(const std::string& name) const;

    std::set<std::string> taken_;
    std::string companion_suffix_;  // "_definition" for tables: that name is taken too
};

}  // namespace quarry_schema
