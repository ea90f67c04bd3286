// Fuzz target: the dynamic query builder and every dialect's printer, with the
// statement's shape (optional filters, the chosen ORDER BY, an optional join, LIMIT)
// and all its values taken from the fuzzer's bytes. For every statement and dialect:
//   - no value reaches the SQL text: each text value starts and ends with DEL (0x7f), a
//     byte no SQL text holds, and the text equals the one rendered with blank values of
//     the same shape (empty texts, zeros), so no byte of a value may show up in it;
//   - the placeholders in the text are exactly the values bound, in order.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include <quarry/mysql/dialect.hpp>
#include <quarry/postgresql/dialect.hpp>
#include <quarry/quarry.hpp>
#include <quarry/sqlite/dialect.hpp>

#include "schema.hpp"
#include "sql_shape.hpp"

using namespace quarry;
using quarry_fuzz::count_binds;
using quarry_fuzz::count_placeholders;

namespace {

constexpr char marker = '\x7f';

// The values of one statement. blank() keeps the shape (which are set) and drops the values.
struct inputs {
    std::optional<std::string> name_like, title;
    std::optional<std::int32_t> min_age;
    std::vector<std::string> names;
    std::string text;
    std::int64_t number = 0, limit = 0, offset = 0;
    bool age_unknown = false, join_posts = false;
    std::size_t order = 0;
    sort_direction direction = sort_direction::asc;
    std::size_t statement = 0;

    inputs blank() const {
        inputs b = *this;
        if (b.name_like) b.name_like = "";
        if (b.title) b.title = "";
        if (b.min_age) b.min_age = 0;
        for (std::string& n : b.names) n.clear();
        b.text.clear();
        b.number = b.limit = b.offset = 0;
        return b;
    }
};

std::string marked(FuzzedDataProvider& fuzz) {
    return marker + fuzz.ConsumeRandomLengthString(64) + marker;
}

inputs read_inputs(FuzzedDataProvider& fuzz) {
    inputs in;
    if (fuzz.ConsumeBool()) in.name_like = marked(fuzz);
    if (fuzz.ConsumeBool()) in.title = marked(fuzz);
    if (fuzz.ConsumeBool()) in.min_age = fuzz.ConsumeIntegral<std::int32_t>();
    in.names.resize(fuzz.ConsumeIntegralInRange<std::size_t>(0, 4));
    for (std::string& n : in.names) n = marked(fuzz);
    in.text = marked(fuzz);
    in.number = fuzz.ConsumeIntegral<std::int64_t>();
    in.limit = fuzz.ConsumeIntegral<std::int64_t>();
    in.offset = fuzz.ConsumeIntegral<std::int64_t>();
    in.age_unknown = fuzz.ConsumeBool();
    in.join_posts = fuzz.ConsumeBool();
    in.order = fuzz.ConsumeIntegralInRange<std::size_t>(0, 3);  // 3 is past the list: choose throws
    in.direction = fuzz.ConsumeBool() ? sort_direction::asc : sort_direction::desc;
    in.statement = fuzz.ConsumeIntegralInRange<std::size_t>(0, 4);
    return in;
}

[[noreturn]] void fail(const char* what, std::string_view sql) {
    std::fprintf(stderr, "quarry fuzz: %s\n  in: %.*s\n", what, static_cast<int>(sql.size()), sql.data());
    std::abort();
}

template <class Dialect, class Statement>
std::string check(const Statement& statement) {
    const std::string sql = to_sql<Dialect>(statement);
    if (sql.find(marker) != std::string::npos) fail("a value reached the SQL text", sql);
    if (count_placeholders(sql) != count_binds<Dialect>(statement)) fail("placeholders differ from binds", sql);
    return sql;
}

// Each statement kind, built from the inputs; `visit` gets the statement.
template <class Visit>
void build(const inputs& in, Visit&& visit) {
    switch (in.statement) {
        case 0:
            return visit(select(users.name, users.age)
                             .from(users)
                             .left_join_if(in.join_posts || in.title.has_value(), posts).on(posts.user_id == users.id)
                             .where(if_set(in.name_like, [](const std::string& p) { return users.name.like(escape_like(p)); }),
                                    if_set(in.min_age, [](std::int32_t a) { return users.age >= a; }),
                                    if_set(in.title, [](const std::string& t) { return posts.title == t; }),
                                    only_if(in.age_unknown, users.age.is_null()))
                             .order_by(choose(in.order, users.name, users.age, users.id).sort(in.direction))
                             .limit(in.limit)
                             .offset(in.offset));
        case 1: return visit(insert_into(users).set(users.name = in.text, users.age = std::int32_t(in.number)));
        case 2:
            return visit(update(users).set(users.name = in.text, users.age = users.age + in.number)
                             .where(users.name.in(in.names) || users.name.like("%" + escape_like(in.text) + "%")));
        case 3: return visit(delete_from(users).where(users.name == in.text && users.id > in.number));
        default:
            return visit(select(users.id).from(users).where(
                unsafe_sql_expr<bool>("? = ? OR ? > ?", users.name, in.text, users.id, in.number)));
    }
}

template <class Dialect>
void check_dialect(const inputs& in) {
    std::string with_values, with_blanks;
    build(in, [&](const auto& statement) { with_values = check<Dialect>(statement); });
    build(in.blank(), [&](const auto& statement) { with_blanks = check<Dialect>(statement); });
    if (with_values != with_blanks) fail("the text depends on a value", with_values);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider fuzz(data, size);
    const inputs in = read_inputs(fuzz);
    try {
        check_dialect<sqlite::dialect>(in);
        check_dialect<mysql::dialect>(in);
        check_dialect<mariadb::dialect>(in);
        check_dialect<postgresql::dialect>(in);
    } catch (const std::out_of_range&) {
        // choose() refused a key past its list: the documented answer, before any SQL.
    }
    return 0;
}
