#pragma once
// The order to create tables in so that each comes after the tables its foreign keys
// reference, computed by the compiler from the references(...) options. Among tables
// free to go next, the one given first goes first, so the order is stable. A
// reference to a table outside the list, or to the table itself, adds no constraint.
#include <array>
#include <cstddef>

#include "quarry/schema/column_options.hpp"
#include "quarry/core/type_list.hpp"

namespace quarry {

namespace detail {
template <class Option>
struct referenced_definition {
    using type = type_list<>;
};
template <class Definition, class Column>
struct referenced_definition<references<Definition, Column>> {
    using type = type_list<Definition>;
};

template <class Spec, class Options = typename Spec::options>
struct referenced_by_column;
template <class Spec, class... Options>
struct referenced_by_column<Spec, type_list<Options...>> {
    using type = concat_t<typename referenced_definition<Options>::type...>;
};

// The definitions a table's foreign keys reference.
template <class Definition, class Specs = typename Definition::column_specs>
struct referenced_by_table;
template <class Definition, class... Specs>
struct referenced_by_table<Definition, type_list<Specs...>> {
    using type = concat_t<typename referenced_by_column<Specs>::type...>;
};
}  // namespace detail

template <class... Definitions>
struct creation_order {
    static constexpr std::size_t size = sizeof...(Definitions);

    struct plan {
        std::array<std::size_t, size> order{};  // indexes into Definitions
        bool acyclic = true;
    };

    static constexpr plan make() {
        // needs[i][j]: table i references table j, another table of the list.
        constexpr std::array<std::array<bool, size>, size> needs = {[]<class D>() {
            return std::array<bool, size>{
                (!std::is_same_v<D, Definitions> &&
                 contains_v<typename detail::referenced_by_table<D>::type, Definitions>)...};
        }.template operator()<Definitions>()...};
        plan p;
        std::array<bool, size> created{};
        for (std::size_t count = 0; count < size; ++count) {
            std::size_t next = size;
            for (std::size_t i = 0; i < size && next == size; ++i) {
                bool ready = !created[i];
                for (std::size_t j = 0; j < size; ++j) ready = ready && (!needs[i][j] || created[j]);
                if (ready) next = i;
            }
            if (next == size) {
                p.acyclic = false;
                return p;
            }
            created[next] = true;
            p.order[count] = next;
        }
        return p;
    }

    static constexpr plan value = make();
};

}  // namespace quarry
