// Building a query whose WHERE has 5 optional filters, and rendering its SQL text with the
// values to bind, cycling through all 32 combinations of filters. The baseline appends to a
// std::string; Quarry builds the query with if_set and renders it for SQLite, handing its
// values to a binder that collects them as the baseline does.
#include <array>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <quarry/sqlite/connection.hpp>

#include "cases.hpp"
#include "schema.hpp"

namespace bench {
namespace {

struct item_filters {
    std::optional<std::string> name_prefix;
    std::optional<std::int32_t> min_quantity;
    std::optional<std::int32_t> max_quantity;
    std::optional<double> max_price;
    std::optional<std::string> note;
};

// The filters of combination `mask`: bit k set means filter k is given.
item_filters filters_of(unsigned mask) {
    item_filters f;
    if (mask & 1u) f.name_prefix = "item 1";
    if (mask & 2u) f.min_quantity = 10;
    if (mask & 4u) f.max_quantity = 90;
    if (mask & 8u) f.max_price = 1000.0;
    if (mask & 16u) f.note = "note 42";
    return f;
}

struct rendered_query {
    std::string sql;
    std::vector<std::variant<std::int64_t, double, std::string>> values;
};

rendered_query render_by_hand(const item_filters& f) {
    rendered_query q;
    q.sql = "SELECT id, name, quantity, price, note FROM bench_items";
    const char* glue = " WHERE ";
    const auto filter = [&](const char* condition, auto&& value) {
        q.sql += glue;
        q.sql += condition;
        glue = " AND ";
        q.values.emplace_back(std::forward<decltype(value)>(value));
    };
    if (f.name_prefix) filter("name LIKE ?", std::string(*f.name_prefix).append("%"));
    if (f.min_quantity) filter("quantity >= ?", std::int64_t{*f.min_quantity});
    if (f.max_quantity) filter("quantity <= ?", std::int64_t{*f.max_quantity});
    if (f.max_price) filter("price <= ?", *f.max_price);
    if (f.note) filter("note = ?", *f.note);
    q.sql += " ORDER BY id LIMIT 100";
    return q;
}

struct collecting_binder {
    std::vector<std::variant<std::int64_t, double, std::string>>& values;

    template <class T>
    void bind(int, const T& value) {
        if constexpr (std::is_integral_v<T>) values.emplace_back(std::int64_t{value});
        else values.emplace_back(value);
    }
    template <class Parameter>
    void bind_parameter(int, const Parameter&) {}
};

rendered_query render_with_quarry(const item_filters& f) {
    using namespace quarry;
    const auto query =
        select(bench_items.id, bench_items.name, bench_items.quantity, bench_items.price, bench_items.note)
            .from(bench_items)
            .where(if_set(f.name_prefix, [](const std::string& p) { return bench_items.name.like(p + "%"); }),
                   if_set(f.min_quantity, [](std::int32_t q) { return bench_items.quantity >= q; }),
                   if_set(f.max_quantity, [](std::int32_t q) { return bench_items.quantity <= q; }),
                   if_set(f.max_price, [](double p) { return bench_items.price <= p; }),
                   if_set(f.note, [](const std::string& n) { return bench_items.note == n; }))
            .order_by(bench_items.id.asc())
            .limit(100);
    rendered_query q;
    q.sql = to_sql<sqlite::dialect>(query);
    collecting_binder binder{q.values};
    bind_writer<sqlite::dialect, collecting_binder> writer{binder};
    query.render(writer);
    return q;
}

template <rendered_query (*Render)(const item_filters&)>
void run_rendering(benchmark::State& state) {
    std::array<item_filters, 32> combinations;
    for (unsigned mask = 0; mask < combinations.size(); ++mask) combinations[mask] = filters_of(mask);
    std::size_t i = 0;
    for (auto _ : state) {
        rendered_query q = Render(combinations[i++ % combinations.size()]);
        benchmark::DoNotOptimize(q);
    }
}

const bool registered = add_case(dynamic_query, "none", "raw", run_rendering<render_by_hand>) &&
                        add_case(dynamic_query, "none", "quarry", run_rendering<render_with_quarry>);

}  // namespace
}  // namespace bench
