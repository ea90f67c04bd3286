#pragma once
// An engine whose backend is chosen at run time, by its URL's scheme, among the drivers
// listed. Statements are typed by their dialect, so code runs on it through visit(),
// with a generic lambda compiled once per backend:
//
//   auto engine = quarry::create_engine(argv[1]);       // create_engine.hpp
//   engine.visit([](auto& e) {
//       auto db = e.connect();
//       db(insert_into(users).set(users.name = "Ann"));
//   });
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "quarry/engine/engine.hpp"
#include "quarry/engine/url.hpp"

namespace quarry {

template <class... Drivers>
class any_engine {
public:
    // Throws url_error for a malformed URL, an unknown option, or a scheme none of the
    // drivers opens.
    explicit any_engine(std::string_view database_url, engine_options settings = {})
        : engine_(open(url::parse(database_url), std::move(settings))) {}

    template <class F>
    decltype(auto) visit(F&& f) {
        return std::visit(std::forward<F>(f), engine_);
    }

    const std::string& redacted_url() const noexcept {
        return std::visit([](const auto& e) -> const std::string& { return e.redacted_url(); }, engine_);
    }

    friend std::ostream& operator<<(std::ostream& out, const any_engine& e) {
        return std::visit([&](const auto& each) -> std::ostream& { return out << each; }, e.engine_);
    }

private:
    using variant_type = std::variant<engine<Drivers>...>;

    template <class Driver>
    static bool opens(const url& u) {
        for (std::string_view scheme : Driver::url_schemes) {
            if (scheme == u.scheme) return true;
        }
        return false;
    }

    static variant_type open(const url& u, engine_options settings) {
        std::optional<variant_type> opened;
        // The first driver that takes the scheme opens the engine.
        ((!opened && opens<Drivers>(u) ? void(opened.emplace(engine<Drivers>{u, std::move(settings)})) : void()), ...);
        if (!opened) {
            std::string known;
            ((known += (known.empty() ? "" : ", "), known += Drivers::url_schemes.front()), ...);
            throw url_error("quarry: unknown database URL scheme '" + u.scheme + "'; Quarry opens " + known);
        }
        return std::move(*opened);
    }

    variant_type engine_;
};

}  // namespace quarry
