#pragma once
// Creates or drops several tables, in the order their foreign keys need:
//   create_all(db, users, posts);   // CREATE TABLE IF NOT EXISTS users, then posts, then their indexes
//   drop_all(db, users, posts);     // DROP TABLE IF EXISTS posts, then users
// Tables are created after the tables they reference and dropped before them, in an
// order the compiler works out (schema/creation_order.hpp); tables whose foreign keys
// form a cycle do not compile. Existing tables are left as they are, so running
// create_all again is harmless. `db` is anything that runs a statement when called
// with it and names its dialect, such as a quarry::connection.
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "quarry/schema/creation_order.hpp"
#include "quarry/statement/create_table.hpp"

namespace quarry {

namespace detail {
template <class T, class... All>
inline constexpr int occurrences = (0 + ... + int{std::is_same_v<T, All>});

// One message for the first rule the arguments break, and false, so nothing is run.
template <class... Tables>
constexpr bool check_table_arguments() {
    constexpr bool tables = (is_table_v<Tables> && ...);
    static_assert(tables, "quarry: create_all and drop_all take tables declared with QUARRY_TABLE");
    if constexpr (tables) {
        constexpr bool unaliased = (!Tables::is_aliased && ...);
        constexpr bool distinct = ((occurrences<Tables, Tables...> == 1) && ...);
        static_assert(unaliased, "quarry: create_all and drop_all take tables, not aliases");
        static_assert(distinct || !unaliased, "quarry: create_all and drop_all take each table once");
        if constexpr (unaliased && distinct) {
            constexpr bool acyclic = creation_order<typename Tables::definition...>::value.acyclic;
            static_assert(acyclic,
                          "quarry: the foreign keys of these tables form a cycle, so none can be created first; "
                          "make one of the references a plain column");
            return acyclic;
        }
    }
    return false;
}

template <class Db, class Table>
void create_table_and_indexes(Db& db) {
    db(create_table_statement<Table, true>{});
    if constexpr (!std::remove_cvref_t<Db>::dialect::indexes_in_create_table) {
        [&]<class... I>(type_list<I...>) { (db(create_index_statement<Table, I, true>{}), ...); }(
            table_indexes_t<typename Table::definition>{});
    }
}
}  // namespace detail

template <class Db, class... Tables>
void create_all(Db& db, const Tables&...) {
    if constexpr (detail::check_table_arguments<Tables...>()) {
        constexpr auto order = creation_order<typename Tables::definition...>::value.order;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (detail::create_table_and_indexes<Db, std::tuple_element_t<order[I], std::tuple<Tables...>>>(db), ...);
        }(std::index_sequence_for<Tables...>{});
    }
}

template <class Db, class... Tables>
void drop_all(Db& db, const Tables&...) {
    if constexpr (detail::check_table_arguments<Tables...>()) {
        constexpr auto order = creation_order<typename Tables::definition...>::value.order;
        constexpr std::size_t last = sizeof...(Tables) - 1;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (db(drop_table_statement<std::tuple_element_t<order[last - I], std::tuple<Tables...>>, true>{}), ...);
        }(std::index_sequence_for<Tables...>{});
    }
}

}  // namespace quarry
