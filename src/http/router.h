// Maps (method, path) to a handler. Patterns are literal segments and `{name}` parameters:
// `/api/organisations/{id}/invitations`. Literal segments win over parameters at the same depth, so
// `/api/me/language` never reaches `/api/me/{x}`. The matched pattern is returned too: metrics and
// logs use it as the route label, so ids never explode label cardinality.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::http {

struct RouteMatch {
    std::size_t index = 0;  // position of the route in registration order
    std::string pattern;
    std::map<std::string, std::string> params;
};

struct RouteLookup {
    std::optional<RouteMatch> match;
    bool path_known = false;             // some route has this path, maybe with another method (405)
    std::vector<std::string> allowed;    // methods registered for the path
};

class RouteTable {
public:
    // Returns the route's index. Throws std::invalid_argument on a malformed or duplicate pattern.
    std::size_t add(std::string method, std::string pattern);
    RouteLookup find(std::string_view method, std::string_view path) const;

    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
    };
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

// A route table with a handler per route.
template <class Handler>
class Router {
public:
    void add(std::string method, std::string pattern, Handler handler) {
        table_.add(std::move(method), std::move(pattern));
        handlers_.push_back(std::move(handler));
    }
    RouteLookup find(std::string_view method, std::string_view path) const { return table_.find(method, path); }
    const Handler& handler(std::size_t index) const { return handlers_.at(index); }
    const std::vector<RouteTable::Route>& routes() const { return table_.routes(); }

private:
    RouteTable table_;
    std::vector<Handler> handlers_;
};

}  // namespace sk::http
