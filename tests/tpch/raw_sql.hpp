#pragma once
// The hand-written SQL of a query, run through each backend's own C API on the handle
// of a Quarry connection, with every value read as text.
#include <stdexcept>
#include <string>

#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

#include "cells.hpp"

namespace tpch {

inline cell_rows run_raw(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("sqlite3_prepare_v2: ") + sqlite3_errmsg(db) + "\n" + sql);
    cell_rows rows;
    int status;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        cell_row& row = rows.emplace_back();
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            if (sqlite3_column_type(statement, c) == SQLITE_NULL) row.emplace_back();
            else row.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)));
        }
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) throw std::runtime_error(std::string("sqlite3_step: ") + sqlite3_errmsg(db));
    return rows;
}

inline cell_rows run_raw(MYSQL* db, const std::string& sql) {
    if (mysql_real_query(db, sql.data(), sql.size()) != 0)
        throw std::runtime_error(std::string("mysql_real_query: ") + mysql_error(db) + "\n" + sql);
    MYSQL_RES* result = mysql_store_result(db);
    if (result == nullptr) throw std::runtime_error(std::string("mysql_store_result: ") + mysql_error(db));
    cell_rows rows;
    const unsigned columns = mysql_num_fields(result);
    while (MYSQL_ROW values = mysql_fetch_row(result)) {
        const unsigned long* lengths = mysql_fetch_lengths(result);
        cell_row& row = rows.emplace_back();
        for (unsigned c = 0; c < columns; ++c) {
            if (values[c] == nullptr) row.emplace_back();
            else row.emplace_back(std::string(values[c], lengths[c]));
        }
    }
    mysql_free_result(result);
    return rows;
}

inline cell_rows run_raw(PGconn* db, const std::string& sql) {
    PGresult* result = PQexec(db, sql.c_str());
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const std::string message = PQresultErrorMessage(result);
        PQclear(result);
        throw std::runtime_error("PQexec: " + message + "\n" + sql);
    }
    cell_rows rows;
    for (int r = 0; r < PQntuples(result); ++r) {
        cell_row& row = rows.emplace_back();
        for (int c = 0; c < PQnfields(result); ++c) {
            if (PQgetisnull(result, r, c)) row.emplace_back();
            else row.emplace_back(PQgetvalue(result, r, c));
        }
    }
    PQclear(result);
    return rows;
}

}  // namespace tpch
