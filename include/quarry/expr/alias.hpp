#pragma once
// Names for select-list expressions: `count(posts.id).as(post_count)` makes the
// result field `row.post_count`. QUARRY_ALIAS(post_count) declares the name once.
// ORDER BY can name it: `.order_by(post_count.desc())`.
#include <string_view>
#include <utility>

#include "quarry/expr/expression.hpp"
#include "quarry/expr/ordering.hpp"
#include "quarry/render/identifier_rules.hpp"

namespace quarry {

// A selected expression referred to by its alias, as ORDER BY may: "post_count".
template <class Spec>
struct alias_reference : leaf_facts {
    using field_spec = Spec;
    static constexpr int precedence = precedence::atom;

    template <class W>
    constexpr void render(W& w) const {
        w.identifier(Spec::sql_name);
    }
};

template <class Spec>
struct alias {
    using spec = Spec;

    constexpr auto asc() const { return sort_item<alias_reference<Spec>, sort_direction::asc>{}; }
    constexpr auto desc() const { return sort_item<alias_reference<Spec>, sort_direction::desc>{}; }
};

template <class T>
inline constexpr bool is_alias_reference_v = false;
template <class Spec>
inline constexpr bool is_alias_reference_v<alias_reference<Spec>> = true;

// An expression with a name, as it appears in a select list.
template <class Expr, class Spec>
struct aliased : facts_of<Expr> {
    using expression_type = Expr;
    using field_spec = Spec;
    using value_type = typename Expr::value_type;
    static constexpr bool nullable = Expr::nullable;
    static constexpr bool never_null = never_null_v<Expr>;
    static constexpr bool binds_nothing = binds_nothing_in_v<Expr>;

    Expr expr;

    constexpr aliased() = default;
    constexpr explicit aliased(Expr e) : expr(std::move(e)) {}

    template <class W>
    constexpr void render(W& w) const {
        expr.render(w);
        w.write(" AS ");
        w.identifier(Spec::sql_name);
    }
};

}  // namespace quarry

#define QUARRY_ALIAS(name)                                                                 \
    struct name##_alias_spec {                                                             \
        static constexpr ::std::string_view sql_name = ::quarry::declared_sql_name(#name); \
        template <class T>                                                                 \
        struct quarry_field {                                                              \
            T name;                                                                        \
        };                                                                                 \
    };                                                                                     \
    inline constexpr ::quarry::alias<name##_alias_spec> name {}
