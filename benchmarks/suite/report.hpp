#pragma once
// The report: a Markdown table of case × backend, with each library's median time per
// operation and its median ratio to the raw baseline, and whether issue 7's target is met.
#include <ostream>
#include <vector>

#include "runner.hpp"

namespace bench {

void print_report(std::ostream& out, const std::vector<group_result>& groups);

}  // namespace bench
