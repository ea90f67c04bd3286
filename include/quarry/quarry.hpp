#pragma once
// Everything a user of Quarry needs, apart from a dialect's connection header
// such as <quarry/sqlite/connection.hpp>.
#include "quarry/engine/error.hpp"
#include "quarry/expr/aggregates.hpp"
#include "quarry/expr/case_when.hpp"
#include "quarry/expr/escape_like.hpp"
#include "quarry/expr/functions.hpp"
#include "quarry/expr/interface_methods.hpp"
#include "quarry/expr/operators.hpp"
#include "quarry/expr/parameter.hpp"
#include "quarry/render/to_sql.hpp"
#include "quarry/schema/declare.hpp"
#include "quarry/statement/create_table.hpp"
#include "quarry/statement/delete.hpp"
#include "quarry/statement/insert.hpp"
#include "quarry/statement/returning.hpp"
#include "quarry/statement/select.hpp"
#include "quarry/statement/update.hpp"
