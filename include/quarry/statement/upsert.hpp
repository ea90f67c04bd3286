#pragma once
// Upsert: an INSERT that updates, or skips, the row whose key it would duplicate.
//
//   insert_into(users).set(users.name = "Ann", users.age = 31)
//       .on_conflict(users.name).do_update(users.age = excluded(users.age));
//   insert_into(users).set(users.name = "Ann").on_conflict(users.name).do_nothing();
//
// SQLite and PostgreSQL: ON CONFLICT ("name") DO UPDATE SET "age" = excluded."age".
// MySQL and MariaDB: ON DUPLICATE KEY UPDATE `age` = VALUES(`age`). They name no key:
// a conflict on any unique key takes the update. DO NOTHING is there an update that
// changes nothing (`id` = `id`), chosen over INSERT IGNORE, which would also turn
// other errors (a foreign key, a value out of range) into warnings.
//
// The key is the table's primary key or a unique column, which Quarry checks; DO UPDATE
// assigns columns of the inserted table, from its existing row (users.age) and the
// row that was to be inserted (excluded(users.age)).
#include <type_traits>
#include <utility>

#include "quarry/core/node_list.hpp"
#include "quarry/expr/assignment.hpp"
#include "quarry/expr/excluded.hpp"
#include "quarry/schema/table_options.hpp"
#include "quarry/statement/returning.hpp"

namespace quarry {

template <class... Assignments>
struct do_update_action : facts_of<Assignments...> {
    node_list<Assignments...> assignments;

    template <class Table, class... Key, class W>
    constexpr void render_action(W& w) const {
        W::dialect::template render_do_update<Table, Key...>(w, *this);
    }

    // The SET list: "a" = x, "b" = y
    template <class W>
    constexpr void render_assignments(W& w) const {
        assignments.apply([&](const auto&... a) { render_list(w, ", ", a...); });
    }
};

struct do_nothing_action : leaf_facts {
    template <class Table, class... Key, class W>
    constexpr void render_action(W& w) const {
        W::dialect::template render_do_nothing<Table, Key...>(w);
    }
};

template <class Insert, class Action, class... Key>
struct upsert_statement {
    Insert insert{};
    Action action{};

    using table_type = typename Insert::table_type;
    using parameters = concat_t<typename Insert::parameters, typename Action::parameters>;
    static constexpr bool is_dynamic = Insert::is_dynamic || Action::is_dynamic;
    static constexpr statement_kind kind = statement_kind::insert;
    static constexpr bool check_complete() { return Insert::check_complete(); }

    template <class W>
    constexpr void render(W& w) const {
        insert.render(w);
        action.template render_action<table_type, Key...>(w);
    }

    template <class... Columns>
    constexpr auto returning(const Columns&... columns) const {
        return make_returning<table_type>(*this, columns...);
    }
};

// The primary key's columns, in key order (see primary_key_specs_t).
template <class Table, class Specs = primary_key_specs_t<typename Table::definition>>
struct primary_key_of;
template <class Table, class... Specs>
struct primary_key_of<Table, type_list<Specs...>> {
    using type = type_list<column<Table, Specs>...>;
};

// The key of ON CONFLICT: one unique column, or the whole primary key.
template <class Table, class... Key>
constexpr bool is_conflict_key() {
    using primary = typename primary_key_of<Table>::type;
    if constexpr (sizeof...(Key) == 1) {
        if (column_facts<typename front_t<type_list<Key...>>::spec>::is_unique) return true;
    }
    return sizeof...(Key) == primary::size && is_subset_v<type_list<Key...>, primary>;
}

template <class Insert, class... Key>
struct pending_conflict {
    Insert insert;

    template <class... Assignments>
    constexpr auto do_update(const Assignments&... assignments) const {
        using table_t = typename Insert::table_type;
        static_assert(sizeof...(Key) > 0, "quarry: DO UPDATE needs the key whose conflict it handles: "
                                          "on_conflict(users.name).do_update(...)");
        static_assert(sizeof...(Assignments) > 0 && (is_assignment_v<Assignments> && ...),
                      "quarry: do_update(...) takes assignments such as users.age = excluded(users.age)");
        if constexpr (sizeof...(Assignments) > 0 && (is_assignment_v<Assignments> && ...)) {
            static_assert((std::is_same_v<typename Assignments::column_type::table_type, table_t> && ...),
                          "quarry: DO UPDATE sets a column of another table than the inserted one");
            static_assert(is_subset_v<concat_t<typename Assignments::tables...>,
                                      type_list<table_t, excluded_row<table_t>>>,
                          "quarry: DO UPDATE uses a column of another table; the row that was to be inserted is "
                          "excluded(column)");
        }
        using action_t = do_update_action<Assignments...>;
        return upsert_statement<Insert, action_t, Key...>{insert,
                                                          action_t{{}, node_list<Assignments...>(assignments...)}};
    }

    constexpr auto do_nothing() const { return upsert_statement<Insert, do_nothing_action, Key...>{insert, {}}; }
};

template <class Insert, class... Key>
constexpr auto make_conflict(const Insert& insert) {
    using table_t = typename Insert::table_type;
    static_assert((std::is_same_v<typename Key::table_type, table_t> && ...),
                  "quarry: ON CONFLICT names a column of another table than the inserted one");
    if constexpr ((std::is_same_v<typename Key::table_type, table_t> && ...) && sizeof...(Key) > 0) {
        static_assert(is_conflict_key<table_t, Key...>(),
                      "quarry: ON CONFLICT takes the key whose duplicate it handles: the primary key or a unique "
                      "column");
    }
    return pending_conflict<Insert, Key...>{insert};
}

}  // namespace quarry
