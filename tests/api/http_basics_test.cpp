// What every response promises: the front-end with caching and compression, security headers, JSON
// errors for unknown API paths, health and metrics, and the frameworks as data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/app.h"
#include "http/static_files.h"
#include "support/test_server.h"
#include "support/paths.h"

using sk::test::TestServer;

TEST(HttpBasics, ServesTheFrontEndWithEtagAndSecurityHeaders) {
    TestServer server;
    auto c = server.client();
    auto res = c.get("/");
    ASSERT_EQ(res.status, 200);
    EXPECT_NE(res.body.find("<div id=\"root\">"), std::string::npos);
    EXPECT_EQ(res.header("cache-control").value_or(""), "no-cache");
    const auto etag = res.header("etag").value_or("");
    ASSERT_FALSE(etag.empty());
    const auto csp = res.header("content-security-policy").value_or("");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(res.header("x-content-type-options").value_or(""), "nosniff");
    EXPECT_EQ(res.header("referrer-policy").value_or(""), "no-referrer");
    EXPECT_FALSE(res.header("x-request-id").value_or("").empty());

    auto cached = c.get("/", {{"If-None-Match", etag}});
    EXPECT_EQ(cached.status, 304);
    EXPECT_TRUE(cached.body.empty());
}

TEST(HttpBasics, HashedAssetsAreGzippedAndCachedForAYear) {
    TestServer server;
    auto c = server.client();
    auto plain = c.get("/assets/app-abc123.js");
    ASSERT_EQ(plain.status, 200);
    EXPECT_EQ(plain.header("cache-control").value_or(""), "public, max-age=31536000, immutable");
    EXPECT_NE(plain.header("content-type").value_or("").find("javascript"), std::string::npos);
    auto zipped = c.get("/assets/app-abc123.js", {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(zipped.header("content-encoding").value_or(""), "gzip");
    EXPECT_LT(zipped.body.size(), plain.body.size());
    EXPECT_EQ(static_cast<unsigned char>(zipped.body[0]), 0x1f);  // gzip magic
    EXPECT_EQ(c.get("/assets/missing-123.js").status, 404);
}

TEST(HttpBasics, ClientSideRoutesFallBackToTheApp) {
    TestServer server;
    auto c = server.client();
    auto res = c.get("/framework/some/deep/link");
    EXPECT_EQ(res.status, 200);
    EXPECT_NE(res.body.find("<div id=\"root\">"), std::string::npos);
}

// The public survey pages get their own small page (web/survey.html), with the same headers as the app's;
// the other routes, also those that merely start with an s, keep the app.
TEST(HttpBasics, SurveyRoutesFallBackToTheSurveyPage) {
    TestServer server;
    auto c = server.client();
    for (const std::string path : {"/s", "/s/", "/s/ABCD2345", "/s/ABCD2345/done", "/survey.html"}) {
        auto res = c.get(path);
        EXPECT_EQ(res.status, 200) << path;
        EXPECT_NE(res.body.find("data-page=\"survey\""), std::string::npos) << path << ": " << res.body;
        EXPECT_EQ(res.header("cache-control").value_or(""), "no-cache") << path;
        const auto csp = res.header("content-security-policy").value_or("");
        EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path;
        EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    }
    for (const std::string path : {"/showcase", "/sessions/3", "/settings", "/s-other", "/"}) {
        auto res = c.get(path);
        EXPECT_EQ(res.status, 200) << path;
        EXPECT_EQ(res.body.find("data-page=\"survey\""), std::string::npos) << path;
        EXPECT_NE(res.body.find("<div id=\"root\">"), std::string::npos) << path;
    }
}

TEST(HttpBasics, ShellForNamesThePageOfAClientSideRoute) {
    EXPECT_EQ(sk::http::shell_for("/s"), "/survey.html");
    EXPECT_EQ(sk::http::shell_for("/s/ABCD2345/done"), "/survey.html");
    EXPECT_EQ(sk::http::shell_for("/showcase"), "/index.html");
    EXPECT_EQ(sk::http::shell_for("/programmes/1"), "/index.html");
}

// The build's bookkeeping in hidden folders (Vite's .vite/manifest.json) is not served: the path gets the app
// shell like any unknown page.
TEST(HttpBasics, HiddenFilesOfTheBuildAreNotServed) {
    TestServer server;
    auto c = server.client();
    auto res = c.get("/.vite/manifest.json");
    EXPECT_EQ(res.body.find("assets/app-abc123.js"), std::string::npos) << res.body;
    EXPECT_NE(res.body.find("<div id=\"root\">"), std::string::npos);
}

TEST(HttpBasics, UnknownApiPathsAndMethodsAreJsonErrors) {
    TestServer server;
    auto c = server.client();
    auto res = c.get("/api/does-not-exist");
    EXPECT_EQ(res.status, 404);
    EXPECT_EQ(res.json_string("/error/code"), "not_found");
    EXPECT_EQ(res.json_string("/error/message"), "Deze pagina of dit gegeven bestaat niet.");
    c.get("/api/me");
    res = c.send("DELETE", "/api/me", "");
    EXPECT_EQ(res.status, 405);
    EXPECT_NE(res.header("allow").value_or("").find("GET"), std::string::npos);
    EXPECT_EQ(c.get("/api/organisations/abc").status, 401) << "authentication comes before parsing the id";
}

TEST(HttpBasics, HealthAndMetrics) {
    TestServer server;
    auto c = server.client();
    auto health = c.get("/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json_string("/database"), "ok");
    c.get("/api/me");
    c.get("/api/me");
    auto metrics = c.get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.body.find(R"(stemkompas_http_requests_total{method="GET",route="/api/me",status="401"} 2)"), std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find("stemkompas_http_request_duration_seconds_bucket{le=\"+Inf\"}"), std::string::npos);
}

TEST(HttpBasics, FrameworksAreServedAsData) {
    TestServer server;
    auto c = server.client();
    auto list = c.get("/api/frameworks");
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json_string("/frameworks/0/id"), "eu-stem-school-label");
    EXPECT_FALSE(list.json_string("/frameworks/0/name/en").empty());
    auto doc = c.get("/api/frameworks/eu-stem-school-label");
    ASSERT_EQ(doc.status, 200);
    EXPECT_TRUE(doc.json_has("/criteria/20/descriptors/expert/nl"));
    EXPECT_FALSE(doc.json_has("/criteria/21"));
    EXPECT_TRUE(doc.json_has("/elements/6"));
    EXPECT_EQ(c.get("/api/frameworks/unknown").status, 404);
    // One exact version (what a measurement pinned to it reads); a version not loaded is 404.
    auto pinned = c.get("/api/frameworks/eu-stem-school-label/versions/2024.1");
    ASSERT_EQ(pinned.status, 200);
    EXPECT_EQ(pinned.json_string("/version"), "2024.1");
    EXPECT_EQ(pinned.body, doc.body);
    EXPECT_EQ(c.get("/api/frameworks/eu-stem-school-label/versions/1999.1").status, 404);
    EXPECT_EQ(c.get("/api/frameworks/unknown/versions/2024.1").status, 404);
}

TEST(HttpBasics, ABrokenFrameworkFileStopsStartWithAClearMessage) {
    namespace fs = std::filesystem;
    sk::test::TestDb db;
    char tmpl[] = "/tmp/sk-frameworks-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const fs::path root = tmpl;
    const fs::path dir = root / "frameworks";
    fs::create_directories(dir);
    fs::copy_file(fs::path(SK_SOURCE_DIR) / "data/frameworks/eu-stem-school-label.json", dir / "good.json");
    std::ofstream(dir / "broken.json") << R"({"id": "x", "version": 3})";
    sk::app::Config config;
    config.db_url = db.url();
    config.frameworks_dir = dir.string();
    config.data_dir = (root / "data").string();
    config.web_dir = "";
    try {
        sk::app::App app(config);
        FAIL() << "a broken framework file must stop the start";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("broken.json"), std::string::npos) << what;
        EXPECT_NE(what.find("version"), std::string::npos) << what;
    }
    fs::remove_all(root);
}
