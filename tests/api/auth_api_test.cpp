// Log-in, sessions, CSRF, rate limits and input errors over real HTTP, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::kCoordinator;
using sk::test::TestServer;

namespace {
}  // namespace

TEST(AuthApi, LogInReturnsMeAndSetsHardenedCookies) {
    TestServer server;
    auto c = server.client();
    auto res = c.login(kCoordinator, sk::app::kDemoPassword);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/user/email"), kCoordinator);
    EXPECT_EQ(res.json_string("/memberships/0/role"), "coordinator");
    EXPECT_EQ(res.json_string("/memberships/0/organisationKind"), "school");

    bool saw_session = false;
    for (const auto& sc : res.headers_named("set-cookie")) {
        if (sc.starts_with("sk_session=")) {
            saw_session = true;
            EXPECT_NE(sc.find("HttpOnly"), std::string::npos);
            EXPECT_NE(sc.find("SameSite=Lax"), std::string::npos);
            EXPECT_NE(sc.find("Path=/"), std::string::npos);
        }
    }
    EXPECT_TRUE(saw_session);

    auto me = c.get("/api/me");
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json_string("/user/name"), "Cas Coördinator");

    // Only a digest of the token is stored.
    auto stored = server.db().exec("SELECT token_hash FROM sessions").one().str(0);
    EXPECT_NE(stored, c.cookies["sk_session"]);
    EXPECT_EQ(stored.size(), 64u);
}

TEST(AuthApi, LogInRotatesTheSessionAndCsrfToken) {
    TestServer server;
    auto c = server.client();
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    const auto first_session = c.cookies["sk_session"];
    const auto first_csrf = c.cookies["sk_csrf"];
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    EXPECT_NE(c.cookies["sk_session"], first_session);
    EXPECT_NE(c.cookies["sk_csrf"], first_csrf);
    // The old session is gone.
    HttpClient old(server.base_url());
    old.cookies["sk_session"] = first_session;
    EXPECT_EQ(old.get("/api/me").status, 401);
}

TEST(AuthApi, WrongPasswordIs401InTheRequestLanguage) {
    TestServer server;
    auto c = server.client();
    auto nl = c.login(kCoordinator, "wrong-password");
    EXPECT_EQ(nl.status, 401);
    EXPECT_EQ(nl.json_string("/error/code"), "invalid_credentials");
    EXPECT_EQ(nl.json_string("/error/message"), "Dit e-mailadres en wachtwoord horen niet bij elkaar.");
    c.language = "en";
    auto en = c.login(kCoordinator, "wrong-password");
    EXPECT_EQ(en.json_string("/error/message"), "This e-mail address and password do not match.");
    // An unknown account gets the very same answer.
    auto unknown = c.login("nobody@nowhere.be", "whatever-password");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.json_string("/error/code"), "invalid_credentials");
}

TEST(AuthApi, LoginIsRateLimitedPerAccount) {
    TestServer server;
    auto c = server.client();
    for (int i = 0; i < 5; ++i) EXPECT_EQ(c.login(kCoordinator, "wrong-password").status, 401);
    auto limited = c.login(kCoordinator, "wrong-password");
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.json_string("/error/code"), "rate_limited");
    EXPECT_TRUE(limited.header("retry-after").has_value());
    // Even the right password waits out the window: the limit protects the account.
    EXPECT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 429);
    // Another account from the same address is not blocked yet.
    EXPECT_EQ(c.login("mentor@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
}

TEST(AuthApi, LoginIsRateLimitedPerAddress) {
    TestServer server;
    auto c = server.client();
    for (int i = 0; i < 20; ++i) c.login("user" + std::to_string(i) + "@example.be", "wrong-password");
    EXPECT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 429);
}

TEST(AuthApi, MutatingRequestWithoutCsrfTokenIs403) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    c.send_csrf = false;
    auto res = c.post("/api/auth/login", R"({"email":"coordinator@demo.stemkompas.be","password":"stemkompas-demo"})");
    EXPECT_EQ(res.status, 403);
    EXPECT_EQ(res.json_string("/error/code"), "csrf_failed");
    // A token that does not match the cookie fails too.
    res = c.post("/api/auth/login", R"({"email":"a@b.be","password":"x"})", {{"X-CSRF-Token", "forged"}});
    EXPECT_EQ(res.status, 403);
    // A foreign Origin fails even with a matching token.
    c.send_csrf = true;
    res = c.post("/api/auth/login", R"({"email":"a@b.be","password":"x"})", {{"Origin", "https://evil.example"}});
    EXPECT_EQ(res.status, 403);
}

TEST(AuthApi, ExpiredSessionIs401) {
    TestServer server;
    auto c = server.client();
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    server.db().exec("UPDATE sessions SET expires_at = 1");
    auto res = c.get("/api/me");
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.json_string("/error/code"), "unauthenticated");
}

TEST(AuthApi, LogoutEndsTheSession) {
    TestServer server;
    auto c = server.client();
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    const auto token = c.cookies["sk_session"];
    EXPECT_EQ(c.post("/api/auth/logout", "").status, 204);
    EXPECT_EQ(c.get("/api/me").status, 401);
    HttpClient replay(server.base_url());
    replay.cookies["sk_session"] = token;
    EXPECT_EQ(replay.get("/api/me").status, 401);
    EXPECT_EQ(server.db().exec("SELECT COUNT(*) FROM sessions").one().i64(0), 0);
}

TEST(AuthApi, MalformedJsonIs400) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    auto res = c.post("/api/auth/login", "{\"email\": ");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/code"), "malformed_json");
    EXPECT_TRUE(res.json_has("/error/fields"));
    res = c.post("/api/auth/login", "[1,2]");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/code"), "malformed_json");
}

TEST(AuthApi, WrongFieldTypesNameTheField) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    auto res = c.post("/api/auth/login", R"({"email": 42, "password": ["x"]})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(res.json_string("/error/fields/email"), "Dit veld moet tekst zijn.");
    EXPECT_EQ(res.json_string("/error/fields/password"), "Dit veld moet tekst zijn.");
    c.language = "en";
    res = c.post("/api/auth/login", R"({"email": "not-an-address"})");
    EXPECT_EQ(res.json_string("/error/fields/email"), "Enter a valid e-mail address, for example name@school.be.");
    EXPECT_EQ(res.json_string("/error/fields/password"), "This field is required.");
}

TEST(AuthApi, NonJsonBodyIs415) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    auto res = c.post("/api/auth/login", "email=a", {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(res.status, 415);
}

TEST(AuthApi, OversizedBodyIs413) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    std::string big = "{\"email\":\"" + std::string(2 * 1024 * 1024, 'a') + "\"}";
    auto res = c.post("/api/auth/login", big);
    EXPECT_EQ(res.status, 413);
    EXPECT_EQ(res.json_string("/error/code"), "payload_too_large");
    EXPECT_NE(res.json_string("/error/message").find("1 MB"), std::string::npos);
}

TEST(AuthApi, LanguagePreferenceIsStoredAndUsed) {
    TestServer server;
    auto c = server.client();
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    auto res = c.put("/api/me/language", R"({"language":"en"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/user/language"), "en");
    // Without Accept-Language the stored preference decides the language of messages.
    c.language = "";
    res = c.put("/api/me/language", R"({"language":"fr"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/language"), "Choose Dutch (nl) or English (en).");
}

TEST(AuthApi, ReadsRefreshTheSessionsLastSeenTimeNowAndThen) {
    TestServer server;
    auto c = server.client();
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    server.db().exec("UPDATE sessions SET last_seen_at = 1");
    ASSERT_EQ(c.get("/api/me").status, 200);
    EXPECT_GT(server.db().exec("SELECT last_seen_at FROM sessions").one().i64(0), 1);
}
