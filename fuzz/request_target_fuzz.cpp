// libFuzzer target: the request target as the server reads it (http/server.cpp fill_request: Boost.URL's
// origin form, percent-decoded path and query) and then routes it. The input is the raw target. A target
// that parses gives a decoded path starting with '/' (or empty) and decoded query pairs, none of which
// throws; routing that path finds either nothing or a route whose parameters are non-empty single
// segments, so a decoded "%2F" can add a segment but never smuggle a '/' into an id.
#include <boost/url/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "http/router.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

const sk::http::RouteTable& table() {
    static const sk::http::RouteTable t = [] {
        sk::http::RouteTable r;
        r.add("GET", "/api/programmes/{id}");
        r.add("GET", "/api/programmes/{id}/schools/{orgId}/results");
        r.add("GET", "/api/public/surveys/{code}");
        r.add("GET", "/api/me/data.zip");
        return r;
    }();
    return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string target(reinterpret_cast<const char*>(data), size);
    const auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) return 0;
    const std::string path = parsed->path();
    check(path.empty() || path.front() == '/');
    std::map<std::string, std::string> query;
    for (auto p : parsed->params()) query[std::string(p.key)] = std::string(p.value);
    const auto found = table().find("GET", path);
    if (found.match)
        for (const auto& [name, value] : found.match->params) check(!value.empty() && value.find('/') == std::string::npos);
    return 0;
}
