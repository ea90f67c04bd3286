#pragma once
// When a struct field fits a column, in each direction, and the names the compiler
// shows when one does not.
//
// A field matches a column by the column's C++ name (users.name -> `name`, whatever
// its SQL name), or by the alias a select item is given with .as(alias). Values move
// only without loss: the same type, or an integer into a wider integer. A column that
// may be NULL reads only into a std::optional field, and a std::optional field writes
// only into a column that may be NULL.
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include "quarry/core/fixed_string.hpp"
#include "quarry/schema/value_types.hpp"

namespace quarry::mapping {

// The name a struct field must have to match a select item or column described by Spec.
template <class Spec>
constexpr std::string_view field_name_of() {
    if constexpr (std::is_void_v<Spec>) return {};  // an unnamed expression matches no field
    else if constexpr (requires { Spec::cpp_name; }) return Spec::cpp_name;
    else return Spec::sql_name;
}

// Every value of From converts to To without loss.
template <class To, class From>
inline constexpr bool holds_every_value_of = [] {
    if constexpr (std::is_same_v<To, From>) {
        return true;
    } else if constexpr (column_value<To> && column_value<From>) {
        if constexpr (category_v<To> == category::integer && category_v<From> == category::integer) {
            return std::cmp_less_equal(std::numeric_limits<To>::min(), std::numeric_limits<From>::min()) &&
                   std::cmp_greater_equal(std::numeric_limits<To>::max(), std::numeric_limits<From>::max());
        } else {
            return false;
        }
    } else {
        return false;
    }
}();

// A result column of type Column (std::optional when it may be NULL) reads into Field.
template <class Column, class Field>
inline constexpr bool reads_null_into_v = !is_optional_v<Column> || is_optional_v<Field>;
template <class Column, class Field>
inline constexpr bool reads_into_v = holds_every_value_of<remove_optional_t<Field>, remove_optional_t<Column>>;

// Field writes a column declared as Declared.
template <class Field, class Declared>
inline constexpr bool writes_null_into_v = !is_optional_v<Field> || is_optional_v<Declared>;
template <class Field, class Declared>
inline constexpr bool writes_into_v = holds_every_value_of<remove_optional_t<Declared>, remove_optional_t<Field>>;

// Each of these is false. A failed check names one in its static_assert, so that the
// compiler's note says which field or column broke the rule, for example
//   note: 'quarry::mapping::field_matches_a_column<User, quarry::fixed_string<4>{"agee"}>' evaluates to false
template <class Struct, fixed_string Field>
inline constexpr bool field_matches_a_column = false;
template <class Struct, fixed_string Column>
inline constexpr bool column_has_a_field = false;
template <class Struct, fixed_string Field>
inline constexpr bool field_may_hold_null = false;
template <class Struct, fixed_string Field>
inline constexpr bool field_type_fits_column = false;

}  // namespace quarry::mapping
