// The TPC-H generator: each table's columns follow section 4.2.3 of the specification.
// Two departures, both for the small scale: orders and suppliers get the comment words
// that Q13 and Q16 look for at fixed rates (the specification's rate for suppliers would
// give none of 100), and order keys are dense.
#include "generator.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>

namespace tpch {
namespace {

using namespace std::chrono;

// splitmix64: tiny, and the same sequence on every platform, unlike <random>'s distributions.
class prng {
public:
    explicit prng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    template <std::size_t N>
    std::string_view pick(const std::array<std::string_view, N>& words) {
        return words[static_cast<std::size_t>(between(0, N - 1))];
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::uint64_t state_;
};

constexpr std::int64_t scale_suppliers = 100, scale_parts = 2000, scale_customers = 1500, scale_orders = 15000;
constexpr quarry::date start_date = sys_days{1992y / 1 / 1};
constexpr quarry::date end_date = sys_days{1998y / 12 / 31};
constexpr quarry::date current_date = sys_days{1995y / 6 / 17};

constexpr std::array<std::string_view, 5> region_names{"AFRICA", "AMERICA", "ASIA", "EUROPE", "MIDDLE EAST"};
struct nation_spec {
    std::string_view name;
    std::int64_t region;
};
constexpr std::array<nation_spec, 25> nation_specs{{
    {"ALGERIA", 0}, {"ARGENTINA", 1}, {"BRAZIL", 1}, {"CANADA", 1}, {"EGYPT", 4}, {"ETHIOPIA", 0},
    {"FRANCE", 3}, {"GERMANY", 3}, {"INDIA", 2}, {"INDONESIA", 2}, {"IRAN", 4}, {"IRAQ", 4},
    {"JAPAN", 2}, {"JORDAN", 4}, {"KENYA", 0}, {"MOROCCO", 0}, {"MOZAMBIQUE", 0}, {"PERU", 1},
    {"CHINA", 2}, {"ROMANIA", 3}, {"SAUDI ARABIA", 4}, {"VIETNAM", 2}, {"RUSSIA", 3},
    {"UNITED KINGDOM", 3}, {"UNITED STATES", 1},
}};

constexpr std::array<std::string_view, 92> colors{
    "almond", "antique", "aquamarine", "azure", "beige", "bisque", "black", "blanched", "blue", "blush",
    "brown", "burlywood", "burnished", "chartreuse", "chiffon", "chocolate", "coral", "cornflower",
    "cornsilk", "cream", "cyan", "dark", "deep", "dim", "dodger", "drab", "firebrick", "floral", "forest",
    "frosted", "gainsboro", "ghost", "goldenrod", "green", "grey", "honeydew", "hot", "indian", "ivory",
    "khaki", "lace", "lavender", "lawn", "lemon", "light", "lime", "linen", "magenta", "maroon", "medium",
    "metallic", "midnight", "mint", "misty", "moccasin", "navajo", "navy", "olive", "orange", "orchid",
    "pale", "papaya", "peach", "peru", "pink", "plum", "powder", "puff", "purple", "red", "rose", "rosy",
    "royal", "saddle", "salmon", "sandy", "seashell", "sienna", "sky", "slate", "smoke", "snow", "spring",
    "steel", "tan", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "yellow"};
constexpr std::array<std::string_view, 6> type_sizes{"STANDARD", "SMALL", "MEDIUM", "LARGE", "ECONOMY", "PROMO"};
constexpr std::array<std::string_view, 5> type_finishes{"ANODIZED", "BURNISHED", "PLATED", "POLISHED", "BRUSHED"};
constexpr std::array<std::string_view, 5> type_metals{"TIN", "NICKEL", "BRASS", "STEEL", "COPPER"};
constexpr std::array<std::string_view, 5> container_sizes{"SM", "LG", "MED", "JUMBO", "WRAP"};
constexpr std::array<std::string_view, 8> container_kinds{"CASE", "BOX", "BAG", "JAR", "PKG", "PACK", "CAN", "DRUM"};
constexpr std::array<std::string_view, 5> segments{"AUTOMOBILE", "BUILDING", "FURNITURE", "MACHINERY", "HOUSEHOLD"};
constexpr std::array<std::string_view, 5> priorities{"1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"};
constexpr std::array<std::string_view, 4> instructions{"DELIVER IN PERSON", "COLLECT COD", "NONE",
                                                       "TAKE BACK RETURN"};
constexpr std::array<std::string_view, 7> ship_modes{"REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"};
// Words of the specification's comment grammar, without those the queries search for.
constexpr std::array<std::string_view, 24> comment_words{
    "furiously", "slyly", "carefully", "blithely", "quickly", "fluffy", "ironic", "final", "regular",
    "pending", "express", "bold", "foxes", "ideas", "theodolites", "pinto", "beans", "deposits",
    "accounts", "packages", "sleep", "wake", "cajole", "haggle"};

std::string text(prng& random, std::int64_t min_length, std::int64_t max_length) {
    const auto length = static_cast<std::size_t>(random.between(min_length, max_length));
    std::string out;
    while (out.size() < length) {
        if (!out.empty()) out += ' ';
        out += random.pick(comment_words);
    }
    out.resize(length);
    return out;
}

// A comment with `first ... second` somewhere in it.
std::string text_with(prng& random, std::string_view first, std::string_view second, std::int64_t max_length) {
    std::string out = text(random, 3, 12) + " " + std::string(first) + " " + text(random, 3, 10) + " " +
                      std::string(second) + " " + text(random, 3, 12);
    out.resize(std::min(out.size(), static_cast<std::size_t>(max_length)));
    return out;
}

std::string address(prng& random) {
    static constexpr std::string_view characters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,. ";
    std::string out(static_cast<std::size_t>(random.between(10, 40)), ' ');
    for (char& c : out) c = characters[static_cast<std::size_t>(random.between(0, characters.size() - 1))];
    return out;
}

std::string numbered(const char* prefix, std::int64_t key) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s#%09lld", prefix, static_cast<long long>(key));
    return buffer;
}

// The country code is the nation's key plus 10 (4.2.2.9).
std::string phone(prng& random, std::int64_t nation) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02lld-%03lld-%03lld-%04lld", static_cast<long long>(nation + 10),
                  static_cast<long long>(random.between(100, 999)), static_cast<long long>(random.between(100, 999)),
                  static_cast<long long>(random.between(1000, 9999)));
    return buffer;
}

double cents(std::int64_t amount) { return static_cast<double>(amount) / 100.0; }

std::int64_t retail_price_cents(std::int64_t part) { return 90000 + (part / 10) % 20001 + 100 * (part % 1000); }

// The i-th of a part's four suppliers (4.2.3, PS_SUPPKEY).
std::int64_t supplier_of_part(std::int64_t part, std::int64_t i) {
    return (part + i * (scale_suppliers / 4 + (part - 1) / scale_suppliers)) % scale_suppliers + 1;
}

void add_suppliers(prng& random, database_rows& rows) {
    for (std::int64_t key = 1; key <= scale_suppliers; ++key) {
        const std::int64_t nation = random.between(0, 24);
        std::string comment = key % 20 == 3    ? text_with(random, "Customer", "Complaints", 100)
                              : key % 20 == 13 ? text_with(random, "Customer", "Recommends", 100)
                                               : text(random, 25, 100);
        rows.suppliers.push_back({key, numbered("Supplier", key), address(random), nation, phone(random, nation),
                                  cents(random.between(-99999, 999999)), std::move(comment)});
    }
}

void add_parts(prng& random, database_rows& rows) {
    for (std::int64_t key = 1; key <= scale_parts; ++key) {
        std::string name;
        for (int word = 0; word < 5; ++word) {
            std::string_view color;
            do color = random.pick(colors);
            while (name.find(color) != std::string::npos);  // five distinct words
            name += (word == 0 ? "" : " ") + std::string(color);
        }
        const auto manufacturer = random.between(1, 5);
        rows.parts.push_back({key, std::move(name), "Manufacturer#" + std::to_string(manufacturer),
                              "Brand#" + std::to_string(manufacturer) + std::to_string(random.between(1, 5)),
                              std::string(random.pick(type_sizes)) + " " + std::string(random.pick(type_finishes)) +
                                  " " + std::string(random.pick(type_metals)),
                              random.between(1, 50),
                              std::string(random.pick(container_sizes)) + " " +
                                  std::string(random.pick(container_kinds)),
                              cents(retail_price_cents(key)), text(random, 5, 22)});
        for (std::int64_t i = 0; i < 4; ++i)
            rows.partsupps.push_back({key, supplier_of_part(key, i), random.between(1, 9999),
                                      cents(random.between(100, 100000)), text(random, 49, 198)});
    }
}

void add_customers(prng& random, database_rows& rows) {
    for (std::int64_t key = 1; key <= scale_customers; ++key) {
        const std::int64_t nation = random.between(0, 24);
        rows.customers.push_back({key, numbered("Customer", key), address(random), nation, phone(random, nation),
                                  cents(random.between(-99999, 999999)), std::string(random.pick(segments)),
                                  text(random, 29, 116)});
    }
}

// An order and its one to seven lineitems; its status and total come from them.
void add_order(prng& random, std::int64_t key, database_rows& rows) {
    std::int64_t customer;
    do customer = random.between(1, scale_customers);
    while (customer % 3 == 0);  // a third of the customers never order (4.2.3, O_CUSTKEY)
    const quarry::date ordered = start_date + days{random.between(0, (end_date - start_date).count() - 151)};
    std::int64_t total_cents = 0;
    std::size_t shipped = 0;
    const std::int64_t lines = random.between(1, 7);
    for (std::int64_t line = 1; line <= lines; ++line) {
        const std::int64_t part = random.between(1, scale_parts);
        const std::int64_t quantity = random.between(1, 50);
        const std::int64_t price_cents = quantity * retail_price_cents(part);
        const std::int64_t discount = random.between(0, 10), tax = random.between(0, 8);
        const quarry::date ship = ordered + days{random.between(1, 121)};
        const quarry::date commit = ordered + days{random.between(30, 90)};
        const quarry::date receipt = ship + days{random.between(1, 30)};
        const bool open = ship > current_date;
        shipped += open ? 0 : 1;
        total_cents += price_cents * (100 + tax) * (100 - discount) / 10000;
        rows.lineitems.push_back({key, part, supplier_of_part(part, random.between(0, 3)), line,
                                  static_cast<double>(quantity), cents(price_cents), cents(discount), cents(tax),
                                  receipt <= current_date ? (random.chance(50) ? "R" : "A") : "N", open ? "O" : "F",
                                  ship, commit, receipt, std::string(random.pick(instructions)),
                                  std::string(random.pick(ship_modes)), text(random, 10, 43)});
    }
    const char* status = shipped == static_cast<std::size_t>(lines) ? "F" : shipped == 0 ? "O" : "P";
    std::string comment = random.chance(2) ? text_with(random, "special", "requests", 78) : text(random, 19, 78);
    rows.orders.push_back({key, customer, status, cents(total_cents), ordered, std::string(random.pick(priorities)),
                           numbered("Clerk", random.between(1, 10)), 0, std::move(comment)});
}

}  // namespace

database_rows generate_rows(std::uint64_t seed) {
    prng random{seed};
    database_rows rows;
    for (std::int64_t key = 0; key < 5; ++key)
        rows.regions.push_back({key, std::string(region_names[static_cast<std::size_t>(key)]), text(random, 31, 115)});
    for (std::int64_t key = 0; key < 25; ++key) {
        const auto& spec = nation_specs[static_cast<std::size_t>(key)];
        rows.nations.push_back({key, std::string(spec.name), spec.region, text(random, 31, 114)});
    }
    add_suppliers(random, rows);
    add_parts(random, rows);
    add_customers(random, rows);
    for (std::int64_t key = 1; key <= scale_orders; ++key) add_order(random, key, rows);
    return rows;
}

}  // namespace tpch
