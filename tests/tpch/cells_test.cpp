// The comparison the TPC-H suite relies on: it must tell different rows apart.
#include <catch2/catch.hpp>

#include "cells.hpp"

using tpch::cell_rows;

TEST_CASE("cells: numbers are equal to a relative 1e-9, text and NULL exactly", "[tpch]") {
    CHECK(tpch::same_cell(std::string("1995"), tpch::to_cell(std::int64_t{1995})));
    CHECK(tpch::same_cell(std::string("2487.4499999999998"), std::string("2487.45")));
    CHECK(tpch::same_cell(tpch::to_cell(0.0), std::string("0")));
    CHECK_FALSE(tpch::same_cell(std::string("2487.45"), std::string("2487.46")));
    CHECK_FALSE(tpch::same_cell(std::string("BRAZIL"), std::string("brazil")));
    CHECK_FALSE(tpch::same_cell(std::nullopt, std::string("0")));
    CHECK(tpch::same_cell(std::nullopt, std::nullopt));
    CHECK(tpch::to_cell(quarry::date{std::chrono::year{1995} / 3 / 5}) == std::string("1995-03-05"));
}

TEST_CASE("cells: rows must match in number, in order and in width", "[tpch]") {
    const cell_rows rows{{"a", "1"}, {"b", "2"}};
    CHECK(tpch::same_rows(rows, cell_rows{{"a", "1.0"}, {"b", "2"}}));
    CHECK_FALSE(tpch::same_rows(rows, cell_rows{{"b", "2"}, {"a", "1"}}));
    CHECK_FALSE(tpch::same_rows(rows, cell_rows{{"a", "1"}}));
    CHECK_FALSE(tpch::same_rows(rows, cell_rows{{"a", "1", "x"}, {"b", "2"}}));
}
