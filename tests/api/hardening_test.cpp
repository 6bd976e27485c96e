// Small holes closed (issue 16, point 6), over real HTTP on both databases: anonymous requests with
// made-up methods cannot grow /metrics.
#include <gtest/gtest.h>

#include <regex>

#include "api/api_helpers.h"
#include "support/test_server.h"

namespace hardening_test {

using sk::test::HttpClient;
using sk::test::TestServer;

// The lines of the request counter whose method label is `method`.
std::vector<std::string> series_of(const std::string& metrics, const std::string& method) {
    std::vector<std::string> out;
    std::istringstream in(metrics);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("stemkompas_http_requests_total{method=\"" + method + "\"")) out.push_back(line);
    return out;
}

TEST(Hardening, MadeUpMethodsShareOneOtherSeries) {
    TestServer server({.demo_data = false});
    HttpClient c(server.base_url());
    for (int i = 0; i < 50; ++i) {
        const auto res = c.send("XMETHOD" + std::to_string(i), "/api/me", "");
        EXPECT_EQ(res.status, 405) << "a known path refuses an unknown method";
    }
    const auto metrics = c.get("/metrics").body;
    EXPECT_EQ(metrics.find("XMETHOD"), std::string::npos) << "no method string of a client becomes a label";
    const auto other = series_of(metrics, "other");
    ASSERT_EQ(other.size(), 1u) << metrics;
    EXPECT_EQ(other[0], R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="405"} 50)m");

    // Unknown paths, known or not, with any method, are one route label: never the raw path.
    for (int i = 0; i < 20; ++i) {
        c.get("/api/no-such-thing-" + std::to_string(i));
        c.send("XMETHOD", "/random-" + std::to_string(i), "");
        c.send("get", "/api/me", "");  // methods are case-sensitive: not GET
    }
    const auto after = c.get("/metrics").body;
    EXPECT_EQ(after.find("no-such-thing"), std::string::npos);
    EXPECT_EQ(after.find("random-"), std::string::npos);
    const auto others = series_of(after, "other");
    EXPECT_EQ(others, (std::vector<std::string>{
                          R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="404"} 20)m",
                          R"m(stemkompas_http_requests_total{method="other",route="(unmatched)",status="405"} 70)m"}));
    const std::regex route_label(R"m(route="([^"]*)")m");
    for (std::sregex_iterator it(after.begin(), after.end(), route_label), end; it != end; ++it) {
        const std::string route = (*it)[1];
        EXPECT_TRUE(route == "(unmatched)" || route == "(static)" || route.starts_with("/")) << route;
        EXPECT_EQ(route.find("random"), std::string::npos) << route;
    }
}

}  // namespace hardening_test
