// One-time tokens never reach a log line (issue 16, point 3): the access log shows route patterns, or the
// first segment of a path that matched no route, never the path or query the client sent.
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "api/api_helpers.h"
#include "app/access_log.h"
#include "app/config.h"
#include "core/secrets.h"
#include "support/captured_log.h"
#include "support/test_server.h"

namespace access_log_test {

namespace {

using namespace sk::test;

// Everything the process logs while it lives, from every thread.
using sk::test::CapturedLog;

TEST(AccessLog, LogsRoutePatternsAndNeverATokenOrCode) {
    CapturedLog log;
    const std::string token = sk::core::random_token();
    {
        TestServer server({.configure = [](sk::app::Config& c) { c.access_log = true; }});
        auto c = visitor(server);
        EXPECT_EQ(c.get("/api/auth/tokens/" + token).status, 404);
        EXPECT_EQ(c.get("/ical/" + token + ".ics").status, 404);
        EXPECT_EQ(c.get("/api/public/playbook/" + token).status, 404);
        EXPECT_EQ(c.get("/api/public/surveys/" + token + "?code=" + token).status, 404);
        EXPECT_EQ(c.post("/api/auth/tokens/" + token, "{}").status, 405);  // no route for the method
        EXPECT_EQ(c.get("/api/no-such-route/" + token).status, 404);
        EXPECT_EQ(c.get("/s/" + token).status, 200);                      // the web app's page for a survey code
        EXPECT_EQ(c.get("/" + token).status, 200);
        EXPECT_EQ(c.get("/set-password?token=" + token).status, 200);
    }
    const std::string text = log.text();
    EXPECT_EQ(text.find(token), std::string::npos) << text;
    for (const char* shown : {"GET /api/auth/tokens/{token} 404", "GET /ical/{token} 404", "GET /api/public/playbook/{token} 404",
                              "GET /api/public/surveys/{code} 404", "POST /api/… 405", "GET /api/… 404", "GET /s/… 200",
                              "GET /… 200", "GET /set-password 200", "GET /api/me 401"})
        EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n" << text;
}

TEST(AccessLog, ShowsTheClientBehindATrustedProxy) {
    CapturedLog log;
    {
        TestServer server({.configure = [](sk::app::Config& c) {
            c.access_log = true;
            c.trusted_proxies = {"127.0.0.1"};
        }});
        server.client().get("/api/me", {{"X-Forwarded-For", "203.0.113.50"}});
    }
    EXPECT_NE(log.text().find(" 203.0.113.50 GET /api/me 401"), std::string::npos) << log.text();
}

TEST(AccessLog, LoggedPath) {
    struct Row {
        std::string route;
        std::string path;
        std::string shown;
    };
    const std::vector<Row> rows = {
        {"/api/auth/tokens/{token}", "/api/auth/tokens/abc", "/api/auth/tokens/{token}"},
        {"/ical/{token}", "/ical/abc.ics", "/ical/{token}"},
        {"(static)", "/", "/"},
        {"(static)", "/set-password", "/set-password"},
        {"(static)", "/programmes/", "/programmes/"},
        {"(static)", "/programmes/12", "/programmes/…"},
        {"(static)", "/assets/app-abc123.js", "/assets/…"},
        {"(unmatched)", "/api/nothing/here", "/api/…"},
        {"(unmatched)", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "/…"},  // a token at the root
        {"(unmatched)", "/x\ny", "/x?y"},                                           // a decoded line break cannot forge a line
        {"(unmatched)", "/\x1b[31mred", "/??31mred"},
        {"(unmatched)", "", "/…"},
    };
    for (const auto& r : rows) EXPECT_EQ(sk::app::logged_path(r.route, r.path), r.shown) << r.route << " " << r.path;
}

}  // namespace

}  // namespace access_log_test
