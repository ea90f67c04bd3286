#include "quarry/mysql/connect_options.hpp"

#include "quarry/engine/url.hpp"

namespace quarry::mysql {

connect_options connect_options::from_url(const url& u, url_options& options) {
    connect_options result;
    result.host = u.host.empty() ? "localhost" : u.host;
    result.port = u.port.value_or(3306);
    result.user = u.user;
    result.password = u.password;
    result.database = u.database;
    if (auto socket = options.text("unix_socket")) result.unix_socket = *socket;
    if (auto timeout = options.duration("connect_timeout")) result.connect_timeout = *timeout;
    if (auto timeout = options.duration("statement_timeout")) result.statement_timeout = *timeout;
    return result;
}

}  // namespace quarry::mysql
