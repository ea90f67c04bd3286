#pragma once
// A SELECT's rows read as structs, each column straight into the field of its name:
//
//   for (const User& u : db(select(all_of(users)).from(users)).as<User>()) ...
//   std::vector<User> all = db(select(all_of(users)).from(users)).as<User>().to_vector();
//   std::optional<User> ann = db(query).as<User>().first();
//   User only = db(query).as<User>().one();     // throws unless exactly one row
//   for (const User& u : as<User>(db(query))) ...   // the same; in a template, without `.template`
//
// Every column of the select list needs a field of its name (a column's C++ name, or
// an alias from .as(alias)), and every field a column; types and NULL must fit (see
// field_rules.hpp). The result reads each row into a struct it keeps, the way it
// reads a typed row, so mapping adds no copy; first and one move the struct out, and
// to_vector reads each row into the vector's struct.
#include <array>
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "quarry/engine/error.hpp"
#include "quarry/engine/result.hpp"
#include "quarry/mapping/field_rules.hpp"
#include "quarry/mapping/reflect.hpp"
#include "quarry/result/row.hpp"

namespace quarry::mapping {

// Which field each column of Row reads into, and which column each field reads from.
template <class Row, class Struct>
struct read_plan;
template <class... Columns, class Struct>
struct read_plan<row<Columns...>, Struct> {
    using fields = struct_fields<Struct>;
    static constexpr std::array<std::string_view, sizeof...(Columns)> column_names{
        field_name_of<typename Columns::spec_type>()...};

    static constexpr auto field_of_column = [] {
        std::array<std::size_t, sizeof...(Columns)> out{};
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = column_names[i].empty() ? not_found : position_of(fields::names, column_names[i]);
        return out;
    }();

    static constexpr auto column_of_field = [] {
        std::array<std::size_t, fields::size> out{};
        for (std::size_t j = 0; j < out.size(); ++j) out[j] = position_of(column_names, fields::names[j]);
        return out;
    }();

    static constexpr auto found = [](const auto& positions) {
        std::array<bool, std::tuple_size_v<std::remove_cvref_t<decltype(positions)>>> out{};
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = positions[i] != not_found;
        return out;
    };
};

// Whether each field can take its column's values; only asked once every field has a column.
template <class Row, class Struct, class Fields = std::make_index_sequence<struct_fields<Struct>::size>>
struct read_fit;
template <class Row, class Struct, std::size_t... J>
struct read_fit<Row, Struct, std::index_sequence<J...>> {
    using plan = read_plan<Row, Struct>;
    template <std::size_t Field>
    using column_type = std::tuple_element_t<plan::column_of_field[Field], Row>;
    template <std::size_t Field>
    using field_type = typename plan::fields::template type<Field>;

    static constexpr std::array<bool, sizeof...(J)> nulls{reads_null_into_v<column_type<J>, field_type<J>>...};
    static constexpr std::array<bool, sizeof...(J)> types{reads_into_v<column_type<J>, field_type<J>>...};
};

template <class Struct, std::size_t Column>
inline constexpr bool selected_expression_has_a_name = false;

// One static_assert for the first rule broken, naming the field or column in its note.
template <class Row, class Struct>
constexpr bool check_reading() {
    static_assert(reflectable<Struct>,
                  "quarry: as<T>() reads into a struct made reflectable with BOOST_HANA_DEFINE_STRUCT or "
                  "BOOST_HANA_ADAPT_STRUCT");
    if constexpr (reflectable<Struct>) {
        using plan = read_plan<Row, Struct>;
        constexpr std::size_t unnamed_column = position_of(plan::column_names, std::string_view{});
        constexpr std::size_t stray_field = first_failure(plan::found(plan::column_of_field));
        constexpr std::size_t unread_column = first_failure(plan::found(plan::field_of_column));
        // An unnamed column first: it is the likely reason a field found no column.
        if constexpr (unnamed_column != not_found) {
            static_assert(selected_expression_has_a_name<Struct, unnamed_column>,
                          "quarry: a selected expression has no name, so no field can read it; name it with "
                          ".as(alias)");
        } else if constexpr (stray_field != not_found) {
            static_assert(field_matches_a_column<Struct, name_at<plan::fields::names, stray_field>>,
                          "quarry: a field of the struct matches no column of the select list; rename it, or "
                          "give the column its name with .as(alias)");
        } else if constexpr (unread_column != not_found) {
            static_assert(column_has_a_field<Struct, name_at<plan::column_names, unread_column>>,
                          "quarry: a column of the select list has no field of its name in the struct; add the "
                          "field, or leave the column out");
        } else {
            using fit = read_fit<Row, Struct>;
            constexpr std::size_t null_misfit = first_failure(fit::nulls);
            constexpr std::size_t type_misfit = first_failure(fit::types);
            if constexpr (null_misfit != not_found) {
                static_assert(field_may_hold_null<Struct, name_at<plan::fields::names, null_misfit>>,
                              "quarry: a field reads a column that may be NULL; make the field std::optional");
            } else if constexpr (type_misfit != not_found) {
                static_assert(field_type_fits_column<Struct, name_at<plan::fields::names, type_misfit>>,
                              "quarry: a field's type cannot hold its column's values; give it the column's type");
            } else {
                return true;
            }
        }
    }
    return false;
}

// The row buffer of a result read as Struct: column I is the field read_plan names.
template <class Row, class Struct>
struct struct_row {
    // Mutable: a result hands its row out as const, but to_vector, first and one move
    // the struct out of the buffer, which is theirs.
    mutable Struct value{};
};

// The same fields in a struct that lives elsewhere: to_vector reads each row into its
// place in the vector.
template <class Row, class Struct>
struct struct_row_in_place {
    Struct& value;
};

template <std::size_t I, class Row, class Struct>
constexpr auto& get(struct_row<Row, Struct>& r) {
    return struct_fields<Struct>::template get<read_plan<Row, Struct>::field_of_column[I]>(r.value);
}
template <std::size_t I, class Row, class Struct>
constexpr auto& get(struct_row_in_place<Row, Struct>& r) {
    return struct_fields<Struct>::template get<read_plan<Row, Struct>::field_of_column[I]>(r.value);
}

template <class Driver, class Row, class Struct>
class struct_rows {
    using rows_type = result<Driver, struct_row<Row, Struct>>;

public:
    struct_rows(statement_lease<Driver> lease, std::unique_ptr<statement_probe> probe)
        : rows_(std::move(lease), std::move(probe)) {}

    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Struct;
        using difference_type = std::ptrdiff_t;
        using pointer = const Struct*;
        using reference = const Struct&;

        iterator() = default;
        explicit iterator(typename rows_type::iterator it) : it_(it) {}

        reference operator*() const { return it_->value; }
        pointer operator->() const { return &it_->value; }
        iterator& operator++() {
            ++it_;
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(const iterator& it, std::default_sentinel_t end) { return it.it_ == end; }

    private:
        typename rows_type::iterator it_;
    };

    // Steps to the first row; the rows can be iterated once, and not from a temporary
    // (see result::begin).
    iterator begin() & { return iterator{rows_.begin()}; }
    iterator begin() && = delete;
    std::default_sentinel_t end() const { return {}; }

    // The first row, without fetching further.
    std::optional<Struct> first() {
        auto it = rows_.begin();
        if (it == rows_.end()) return std::nullopt;
        return std::optional<Struct>{std::move(it->value)};
    }

    Struct one() {
        auto it = rows_.begin();
        if (it == rows_.end()) throw usage_error("quarry: one() expected exactly one row but the query returned none");
        Struct only = std::move(it->value);
        if (++it != rows_.end())
            throw usage_error("quarry: one() expected exactly one row but the query returned several");
        return only;
    }

    // Each row is read straight into its place in the vector.
    std::vector<Struct> to_vector() {
        return rows_.template to_vector<Struct>([](Struct& place) { return struct_row_in_place<Row, Struct>{place}; });
    }

private:
    rows_type rows_;
};

// What as<T>() gives when T does not fit: the same surface, declared only, so that the
// failed static_assert is the one error. Nothing calls these at run time.
template <class Struct>
struct unreadable_rows {
    const Struct* begin() const;
    const Struct* end() const;
    std::optional<Struct> first();
    Struct one();
    std::vector<Struct> to_vector();
};

}  // namespace quarry::mapping

template <class Row, class Struct>
struct std::tuple_size<quarry::mapping::struct_row<Row, Struct>> : std::tuple_size<Row> {};
template <class Row, class Struct>
struct std::tuple_size<quarry::mapping::struct_row_in_place<Row, Struct>> : std::tuple_size<Row> {};

namespace quarry {

template <class Driver, class Row>
template <class Struct>
auto result<Driver, Row>::as() {
    if constexpr (mapping::check_reading<Row, Struct>()) {
        if (started_) throw usage_error("quarry: as<T>() comes before the result is read");
        started_ = true;  // the rows are the struct_rows' now
        return mapping::struct_rows<Driver, Row, Struct>{std::move(lease_), std::move(probe_)};
    } else {
        return mapping::unreadable_rows<Struct>{};
    }
}

// result.as<T>() as a free function. Where `db` depends on a template parameter the
// member needs `db(query).template as<T>()`; this reads as<T>(db(query)).
template <class Struct, class Driver, class Row>
auto as(result<Driver, Row>& rows) {
    return rows.template as<Struct>();
}
template <class Struct, class Driver, class Row>
auto as(result<Driver, Row>&& rows) {
    return rows.template as<Struct>();
}

}  // namespace quarry
