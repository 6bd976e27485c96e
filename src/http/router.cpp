#include "http/router.h"

#include <algorithm>
#include <stdexcept>

namespace sk::http {

namespace {
std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') { ++i; continue; }
        std::size_t j = path.find('/', i);
        if (j == std::string_view::npos) j = path.size();
        out.push_back(path.substr(i, j - i));
        i = j;
    }
    return out;
}
bool is_param(std::string_view seg) { return seg.size() > 2 && seg.front() == '{' && seg.back() == '}'; }
}  // namespace

std::size_t RouteTable::add(std::string method, std::string pattern) {
    if (pattern.empty() || pattern.front() != '/') throw std::invalid_argument("route pattern must start with /: " + pattern);
    Route r{std::move(method), pattern, {}};
    for (auto seg : split_path(pattern)) r.segments.emplace_back(seg);
    for (const auto& other : routes_)
        if (other.method == r.method && other.pattern == r.pattern) throw std::invalid_argument("duplicate route " + pattern);
    routes_.push_back(std::move(r));
    return routes_.size() - 1;
}

RouteLookup RouteTable::find(std::string_view method, std::string_view path) const {
    const auto parts = split_path(path);
    RouteLookup out;
    int best_score = -1;
    for (std::size_t i = 0; i < routes_.size(); ++i) {
        const Route& r = routes_[i];
        if (r.segments.size() != parts.size()) continue;
        std::map<std::string, std::string> params;
        int score = 0;  // literal matches count: the most literal route wins
        bool ok = true;
        for (std::size_t k = 0; k < parts.size() && ok; ++k) {
            const std::string& seg = r.segments[k];
            if (is_param(seg)) {
                if (parts[k].empty()) ok = false;
                else params[seg.substr(1, seg.size() - 2)] = std::string(parts[k]);
            } else if (seg == parts[k]) {
                score = score * 2 + 1;
            } else {
                ok = false;
            }
            if (is_param(seg)) score *= 2;
        }
        if (!ok) continue;
        out.path_known = true;
        if (std::find(out.allowed.begin(), out.allowed.end(), r.method) == out.allowed.end()) out.allowed.push_back(r.method);
        if (r.method != method) continue;
        if (score > best_score) {
            best_score = score;
            out.match = RouteMatch{i, r.pattern, std::move(params)};
        }
    }
    return out;
}

}  // namespace sk::http
