#include "quarry/engine/url.hpp"

#include <charconv>

namespace quarry {

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// `what` names the part for the error message, which must not quote a password.
std::string percent_decode(std::string_view text, std::string_view what, bool quote_in_error = true) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int high = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            throw url_error("quarry: malformed percent-encoding in the URL's " + std::string(what) +
                            (quote_in_error ? " '" + std::string(text) + "'" : std::string()));
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

unsigned parse_port(std::string_view text) {
    unsigned port = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() || port == 0 || port > 65535) {
        throw url_error("quarry: the URL's port '" + std::string(text) + "' is not a number from 1 to 65535");
    }
    return port;
}

void parse_options(std::string_view query, url& result) {
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            throw url_error("quarry: the URL option '" + std::string(pair) + "' is not of the form name=value");
        }
        result.options.emplace_back(percent_decode(pair.substr(0, eq), "option name"),
                                    percent_decode(pair.substr(eq + 1), "option value"));
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    }
}

void parse_authority(std::string_view authority, url& result) {
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        const std::string_view userinfo = authority.substr(0, at);
        const std::size_t colon = userinfo.find(':');
        result.user = percent_decode(userinfo.substr(0, colon), "user name");
        if (colon != std::string_view::npos) {
            result.password = percent_decode(userinfo.substr(colon + 1), "password", false);
        }
        authority = authority.substr(at + 1);
    }
    std::string_view host = authority;
    std::string_view port;
    if (host.starts_with('[')) {
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos) throw url_error("quarry: the URL's IPv6 host has no closing ']'");
        const std::string_view rest = host.substr(close + 1);
        if (!rest.empty() && !rest.starts_with(':')) {
            throw url_error("quarry: unexpected text after the URL's IPv6 host");
        }
        port = rest.empty() ? std::string_view{} : rest.substr(1);
        host = host.substr(1, close - 1);
    } else if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
    }
    if (host.find_first_of("/?#[] ") != std::string_view::npos) {
        throw url_error("quarry: the URL's host '" + std::string(host) + "' has characters a host cannot have");
    }
    result.host = percent_decode(host, "host");
    if (!port.empty() || authority.ends_with(':')) result.port = parse_port(port);
}
}  // namespace

url url::parse(std::string_view text) {
    url result;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        throw url_error("quarry: a database URL starts with a scheme, such as sqlite://, mysql:// or postgresql://");
    }
    result.scheme = text.substr(0, colon);
    std::string_view rest = text.substr(colon + 1);
    if (result.scheme == "sqlite" && rest == ":memory:") {
        result.database = ":memory:";
        return result;
    }
    if (!rest.starts_with("//")) {
        throw url_error("quarry: the URL has no '//' after '" + result.scheme + ":'");
    }
    rest.remove_prefix(2);

    const std::size_t query_start = rest.find('?');
    if (query_start != std::string_view::npos) {
        parse_options(rest.substr(query_start + 1), result);
        rest = rest.substr(0, query_start);
    }
    const std::size_t slash = rest.find('/');
    parse_authority(rest.substr(0, slash), result);
    if (slash != std::string_view::npos) result.database = percent_decode(rest.substr(slash + 1), "database");
    if (result.scheme == "sqlite" && (!result.host.empty() || result.port || !result.user.empty())) {
        throw url_error("quarry: an SQLite URL names a file, as sqlite:///app.db, not a host");
    }
    return result;
}

std::optional<std::string> url::option(std::string_view name) const {
    for (const auto& [key, value] : options) {
        if (key == name) return value;
    }
    return std::nullopt;
}

std::string url::redacted() const {
    if (scheme == "sqlite") return database == ":memory:" ? "sqlite::memory:" : "sqlite:///" + database;
    // Appended piece by piece: g++ 12 at -O3 warns falsely (-Wrestrict) on "[" + host.
    std::string text = scheme;
    text += "://";
    if (!user.empty()) {
        text += user;
        text += password.empty() ? "@" : ":***@";
    }
    const bool ipv6 = host.find(':') != std::string::npos;
    if (ipv6) text += '[';
    text += host;
    if (ipv6) text += ']';
    if (port) {
        text += ':';
        text += std::to_string(*port);
    }
    if (!database.empty()) {
        text += '/';
        text += database;
    }
    for (std::size_t i = 0; i < options.size(); ++i) {
        text += i == 0 ? '?' : '&';
        text += options[i].first;
        text += '=';
        text += options[i].first == "password" ? "***" : options[i].second;
    }
    return text;
}

std::optional<std::string> url_options::text(std::string_view name) {
    std::optional<std::string> value;
    for (std::size_t i = 0; i < url_->options.size(); ++i) {
        if (url_->options[i].first != name) continue;
        if (value) throw url_error("quarry: the URL gives option '" + std::string(name) + "' twice");
        value = url_->options[i].second;
        read_[i] = true;
    }
    return value;
}

namespace {
[[noreturn]] void throw_bad_option(std::string_view name, std::string_view value, std::string_view expected) {
    throw url_error("quarry: the URL option " + std::string(name) + "='" + std::string(value) + "' is not " +
                    std::string(expected));
}

std::size_t parse_count(std::string_view name, std::string_view text, std::string_view expected) {
    std::size_t n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) throw_bad_option(name, text, expected);
    return n;
}
}  // namespace

std::optional<bool> url_options::flag(std::string_view name) {
    const std::optional<std::string> value = text(name);
    if (!value) return std::nullopt;
    if (*value == "true" || *value == "on" || *value == "yes" || *value == "1") return true;
    if (*value == "false" || *value == "off" || *value == "no" || *value == "0") return false;
    throw_bad_option(name, *value, "true or false");
}

std::optional<std::size_t> url_options::count(std::string_view name) {
    const std::optional<std::string> value = text(name);
    if (!value) return std::nullopt;
    return parse_count(name, *value, "a whole number");
}

std::optional<std::chrono::milliseconds> url_options::duration(std::string_view name) {
    const std::optional<std::string> value = text(name);
    if (!value) return std::nullopt;
    constexpr std::string_view expected = "a duration with its unit, such as 250ms, 5s or 2min";
    const std::string_view v = *value;
    const std::size_t unit = v.find_first_not_of("0123456789");
    if (unit == std::string_view::npos || unit == 0) throw_bad_option(name, v, expected);
    const std::size_t n = parse_count(name, v.substr(0, unit), expected);
    const std::string_view suffix = v.substr(unit);
    if (suffix == "ms") return std::chrono::milliseconds(n);
    if (suffix == "s") return std::chrono::seconds(n);
    if (suffix == "min") return std::chrono::minutes(n);
    throw_bad_option(name, v, expected);
}

void url_options::finish() const {
    for (std::size_t i = 0; i < read_.size(); ++i) {
        if (!read_[i]) {
            throw url_error("quarry: unknown option '" + url_->options[i].first + "' in the " + url_->scheme +
                            " URL");
        }
    }
}

}  // namespace quarry
