#pragma once
// The rows of a SELECT, read one at a time as the loop advances: nothing is
// materialised unless asked for (to_vector). A single pass, like an input stream.
//
//   for (const auto& row : db(select(users.name).from(users))) use(row.name);
//   auto first = db(query).first();   // std::optional<row>
//   auto only  = db(query).one();     // throws unless exactly one row
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "quarry/engine/error.hpp"
#include "quarry/engine/statement_lease.hpp"
#include "quarry/engine/statement_probe.hpp"
#include "quarry/result/row.hpp"

namespace quarry {

namespace detail {
// What a result does that its row type does not change: hold the statement, step it,
// report to the hook. Instantiated once per driver, not once per query's row type.
template <class Driver>
class result_stream {
protected:
    result_stream(statement_lease<Driver> lease, std::unique_ptr<statement_probe> probe)
        : lease_(std::move(lease)), probe_(std::move(probe)) {}
    result_stream(result_stream&&) noexcept = default;
    result_stream& operator=(result_stream&&) = delete;
    // Inline (always), with the hook's part out of line: giving the statement back is then
    // the one call, as in a program written to the C API.
    [[gnu::always_inline]] ~result_stream() {
        if (probe_) [[unlikely]]
            report_unfinished();
    }

    void start() {
        if (started_) [[unlikely]]
            throw_usage_error("quarry: a result can be iterated only once");
        started_ = true;
    }

    // True when a row is ready; at the end, gives the statement back at once. The row's
    // path inline, since it runs for every row; the end's out of line.
    bool step() {
        if (lease_.driver().step(lease_.get())) [[likely]]
            return true;
        end_rows();
        return false;
    }

    [[gnu::noinline]] void end_rows() {
        lease_.release();
        if (probe_) [[unlikely]]
            std::exchange(probe_, nullptr)->report_rows();
    }

    // For a result that ends before its last row.
    [[gnu::noinline]] void report_unfinished() noexcept { std::exchange(probe_, nullptr)->report_unfinished(); }

    void count_row() noexcept {
        if (probe_) [[unlikely]]
            probe_->count_row();
    }

    statement_lease<Driver> lease_;
    std::unique_ptr<statement_probe> probe_;
    bool started_ = false;
};
}  // namespace detail

template <class Driver, class Row>
class result : detail::result_stream<Driver> {
    using stream = detail::result_stream<Driver>;
    using stream::lease_;
    using stream::probe_;
    using stream::start;
    using stream::started_;
    using stream::step;

public:
    // `probe`, when the connection has an on_statement hook, is told of each row and
    // reports when the result ends.
    explicit result(statement_lease<Driver> lease, std::unique_ptr<statement_probe> probe = nullptr)
        : stream(std::move(lease), std::move(probe)) {}
    result(result&&) noexcept = default;
    result& operator=(result&&) = delete;

    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Row;
        using difference_type = std::ptrdiff_t;
        using pointer = const Row*;
        using reference = const Row&;

        iterator() = default;
        explicit iterator(result* owner) : owner_(owner) {}

        reference operator*() const { return owner_->row_; }
        pointer operator->() const { return &owner_->row_; }
        iterator& operator++() {
            owner_->advance();
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

    private:
        bool at_end() const { return !owner_->has_row_; }

        result* owner_ = nullptr;
    };

    // Steps to the first row; a result can be iterated once. Not on a temporary result,
    // which would die before its iterator: `db(q).begin()` does not compile, while
    // `for (auto& row : db(q))` keeps the result alive for the loop.
    iterator begin() & {
        start();
        advance();
        return iterator{this};
    }
    iterator begin() && = delete;
    std::default_sentinel_t end() const { return {}; }

    // The first row, without fetching further; read straight into the optional.
    std::optional<Row> first() {
        start();
        std::optional<Row> row;
        if (step()) read_into(row.emplace());
        return row;
    }

    Row one() {
        auto it = begin();
        if (it == end()) throw usage_error("quarry: one() expected exactly one row but the query returned none");
        Row row = std::move(row_);
        if (++it != end()) throw usage_error("quarry: one() expected exactly one row but the query returned several");
        return row;
    }

    // Each row is read straight into its place in the vector.
    std::vector<Row> to_vector() {
        return to_vector<Row>([](Row& place) -> Row& { return place; });
    }

    // The same into Elements: `target(element)` gives what the row's fields are read
    // into, a Row or a view with get<I> (struct mapping reads into the struct itself).
    template <class Element, class Target>
    std::vector<Element> to_vector(Target target) {
        start();
        if constexpr (requires { lease_.driver().buffer_rows(lease_.get()); })
            lease_.driver().buffer_rows(lease_.get());  // every row is kept: no need to stream them
        std::vector<Element> rows;
        if (!step()) return rows;
        if constexpr (requires { lease_.driver().rows_held(lease_.get()); })
            rows.reserve(lease_.driver().rows_held(lease_.get()));
        do {
            auto&& fields = target(rows.emplace_back());
            read_into(fields);
        } while (step());
        return rows;
    }

    // The rows as structs: `for (const User& u : db(query).as<User>())`. Defined, with
    // its rules, in quarry/mapping/struct_rows.hpp.
    template <class Struct>
    auto as();

private:
    void advance() {
        has_row_ = step();
        if (has_row_) read_into(row_);
    }

    template <class Target>
    void read_into(Target& r) {
        read_fields(lease_.driver(), lease_.get(), r);
        this->count_row();
    }

    // A typed row's fields are its bases, each reached by its own type: indexing them
    // (get<I>) would search every base for each field, quadratic compile time in a wide row.
    template <class Statement, class... Fields>
    static void read_fields(Driver& driver, Statement& statement, row<Fields...>& r) {
        (driver.read(statement, static_cast<int>(Fields::index), value_of(static_cast<Fields&>(r))), ...);
    }
    template <class Statement, class Other>
    static void read_fields(Driver& driver, Statement& statement, Other& r) {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (driver.read(statement, static_cast<int>(I), get<I>(r)), ...);
        }(std::make_index_sequence<std::tuple_size_v<Other>>{});
    }

    Row row_{};
    bool has_row_ = false;
};

}  // namespace quarry
