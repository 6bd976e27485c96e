// libFuzzer target: what every request's first bytes go through. The input is a method, a path and a
// Cookie header separated by NUL bytes. The router, given a table of patterns shaped like the API's
// (literal segments and {parameters}, literals winning at one depth), either finds nothing or a route whose
// literal segments equal the path's and whose parameters are the path's other segments (empty segments of
// a trailing or doubled slash do not count), never empty and never holding a '/'; a path it knows under another method lists that method among those allowed. The
// cookie reader gives a value without ';' or surrounding spaces. Build and run: scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_parts.h"
#include "http/message.h"
#include "http/router.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

// A path's segments as the router reads them: empty ones (a trailing or doubled slash) do not count.
std::vector<std::string> segments(const std::string& path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < path.size()) {
        const auto slash = path.find('/', start);
        const auto part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (!part.empty()) out.push_back(part);
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out;
}

const sk::http::RouteTable& table() {
    static const sk::http::RouteTable t = [] {
        sk::http::RouteTable r;
        for (const auto& [method, pattern] : std::vector<std::pair<std::string, std::string>>{
                 {"GET", "/api/me"}, {"PUT", "/api/me/language"}, {"GET", "/api/me/data.zip"}, {"POST", "/api/me/invitations/{id}/accept"},
                 {"GET", "/api/programmes/{id}"}, {"PUT", "/api/programmes/{id}"}, {"GET", "/api/programmes/{id}/progress"},
                 {"DELETE", "/api/programmes/{id}/schools/{orgId}"}, {"GET", "/api/programmes/{id}/schools/{orgId}/results"},
                 {"GET", "/api/organisations/{id}"}, {"POST", "/api/organisations/{id}/invitations"}, {"GET", "/api/evidence/{id}/file"},
                 {"DELETE", "/api/evidence/{id}"}, {"GET", "/api/public/surveys/{code}"}, {"POST", "/api/public/surveys/{code}/responses"},
                 {"GET", "/ical/{token}"}, {"GET", "/healthz"}})
            r.add(method, pattern);
        return r;
    }();
    return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parts = fuzz_parts(data, size, 3);
    parts.resize(3);
    const std::string& method = parts[0];
    const std::string path = parts[1].empty() || parts[1][0] != '/' ? "/" + parts[1] : parts[1];

    const auto found = table().find(method, path);
    if (found.match) {
        const auto& route = table().routes().at(found.match->index);
        check(route.pattern == found.match->pattern && route.method == method);
        const auto pattern_parts = segments(route.pattern);
        const auto path_parts = segments(path);
        check(pattern_parts.size() == path_parts.size());
        for (std::size_t i = 0; i < pattern_parts.size(); ++i) {
            const auto& p = pattern_parts[i];
            if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
                const auto it = found.match->params.find(p.substr(1, p.size() - 2));
                check(it != found.match->params.end() && it->second == path_parts[i]);
                check(!it->second.empty() && it->second.find('/') == std::string::npos);
            } else {
                check(p == path_parts[i]);
            }
        }
    } else if (found.path_known) {
        check(!found.allowed.empty());
        for (const auto& m : found.allowed) check(m != method);
    }

    sk::http::Request req;
    req.headers["cookie"] = parts[2];
    for (const char* name : {"sk_session", "sk_csrf"}) {
        if (const auto value = req.cookie(name)) {
            check(value->find(';') == std::string::npos);
            check(value->empty() || (value->front() != ' ' && value->back() != ' '));
        }
    }
    return 0;
}
