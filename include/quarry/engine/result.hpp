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

template <class Driver, class Row>
class result {
public:
    // `probe`, when the connection has an on_statement hook, is told of each row and
    // reports when the result ends.
    explicit result(statement_lease<Driver> lease, std::unique_ptr<statement_probe> probe = nullptr)
        : lease_(std::move(lease)), probe_(std::move(probe)) {}
    result(result&&) noexcept = default;
    result& operator=(result&&) = delete;
    ~result() {
        if (!probe_) return;
        try {
            probe_->report_rows();  // ended before its last row
        } catch (...) {
            // A destructor must not throw; the hook's failure is the hook's to report.
        }
    }

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

    // Steps to the first row; a result can be iterated once.
    iterator begin() {
        if (started_) throw usage_error("quarry: a result can be iterated only once");
        started_ = true;
        advance();
        return iterator{this};
    }
    std::default_sentinel_t end() const { return {}; }

    // The first row, without fetching further.
    std::optional<Row> first() {
        if (begin() == end()) return std::nullopt;
        return std::optional<Row>{std::move(row_)};
    }

    Row one() {
        auto it = begin();
        if (it == end()) throw usage_error("quarry: one() expected exactly one row but the query returned none");
        Row row = std::move(row_);
        if (++it != end()) throw usage_error("quarry: one() expected exactly one row but the query returned several");
        return row;
    }

    std::vector<Row> to_vector() {
        std::vector<Row> rows;
        for (auto it = begin(); it != end(); ++it) rows.push_back(std::move(row_));
        return rows;
    }

    // The rows as structs: `for (const User& u : db(query).as<User>())`. Defined, with
    // its rules, in quarry/mapping/struct_rows.hpp.
    template <class Struct>
    auto as();

private:
    void advance() {
        Driver& driver = lease_.driver();
        auto& statement = lease_.get();
        has_row_ = driver.step(statement);
        if (has_row_) {
            [&]<std::size_t... I>(std::index_sequence<I...>) {
                (driver.read(statement, static_cast<int>(I), get<I>(row_)), ...);
            }(std::make_index_sequence<std::tuple_size_v<Row>>{});
            if (probe_) [[unlikely]]
                probe_->count_row();
        } else {
            lease_.release();  // done: give the statement back at once
            if (probe_) [[unlikely]]
                std::exchange(probe_, nullptr)->report_rows();
        }
    }

    statement_lease<Driver> lease_;
    std::unique_ptr<statement_probe> probe_;
    Row row_{};
    bool started_ = false;
    bool has_row_ = false;
};

}  // namespace quarry
