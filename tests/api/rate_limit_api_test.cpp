// Rate limits that hold (issue 16, point 4), on SQLite and PostgreSQL: parallel wrong log-ins, the sliding
// window across a window boundary, X-Forwarded-For only from trusted proxies, and the log-in security
// events (point 5).
#include <gtest/gtest.h>

#include <algorithm>
#include <latch>
#include <thread>

#include "api/api_helpers.h"
#include "api/security_events.h"
#include "app/config.h"
#include "store/accounts.h"
#include "support/test_server.h"

namespace rate_limit_api_test {

namespace {

using namespace sk::test;

constexpr std::int64_t kLoginWindow = 15 * 60;

std::string login_body(const std::string& email, const std::string& password) {
    return R"({"email":")" + email + R"(","password":")" + password + R"("})";
}

std::string question_body() {
    return boost::json::serialize(boost::json::object{{"name", "Vera Vraag"},
                                                      {"email", "vraag@school.be"},
                                                      {"topic", "general"},
                                                      {"question", "Wanneer start het traject?"},
                                                      {"consent", true}});
}

TEST(RateLimitApi, TwelveParallelWrongLogInsGetFiveThrough) {
    TestServer server({.threads = 4});
    constexpr int kAttempts = 12;
    std::vector<HttpClient> clients;
    for (int i = 0; i < kAttempts; ++i) clients.push_back(visitor(server));
    std::vector<int> statuses(kAttempts);
    std::latch start(kAttempts);
    std::vector<std::thread> threads;
    for (int i = 0; i < kAttempts; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            statuses[static_cast<std::size_t>(i)] = clients[static_cast<std::size_t>(i)].login(kCoordinator, "wrong-password").status;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), kAttempts - 5);
    EXPECT_EQ(security_events(server, "security.login_failed").size(), 5u) << "one per password actually checked";
    EXPECT_EQ(security_events(server, "security.login_locked").size(), 1u) << "one per lock, not per refused attempt";
    EXPECT_EQ(HttpClient(server.base_url()).login(kCoordinator, sk::app::kDemoPassword).status, 429);
}

TEST(RateLimitApi, ASuccessfulLogInIsNotCountedAsAFailure) {
    TestServer server;
    auto c = server.client();
    for (int i = 0; i < 4; ++i) ASSERT_EQ(c.login(kCoordinator, "wrong-password").status, 401);
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    EXPECT_EQ(c.login(kCoordinator, "wrong-password").status, 401) << "the fifth failure";
    EXPECT_EQ(c.login(kCoordinator, "wrong-password").status, 429);
}

// A fixed window would allow five new failures right after its boundary; the sliding window still
// counts most of the failures of a minute ago, and reopens when Retry-After says.
TEST(RateLimitApi, TheLogInLimitSlidesAcrossTheWindowBoundary) {
    TestServer server;
    const std::int64_t window_start = server.now() - server.now() % kLoginWindow + kLoginWindow;
    server.set_now(window_start - 60);
    auto c = server.client();
    for (int i = 0; i < 5; ++i) ASSERT_EQ(c.login(kCoordinator, "wrong-password").status, 401) << i;
    EXPECT_EQ(c.login(kCoordinator, "wrong-password").status, 429);

    server.set_now(window_start + 60);  // two minutes later, in the next fixed window
    // Five failures and one refusal a window ago weigh 6 × 840/900 → 5 now: still closed.
    auto refused = c.login(kCoordinator, sk::app::kDemoPassword);
    ASSERT_EQ(refused.status, 429);
    const auto retry_after = std::stoll(*refused.header("retry-after"));
    EXPECT_GT(retry_after, 60);
    EXPECT_LT(retry_after, kLoginWindow);
    EXPECT_EQ(refused.json_string("/error/message"), nl("error.rate_limited", {{"minutes", std::to_string((retry_after + 59) / 60)}}));

    server.set_now(window_start + 60 + retry_after);
    EXPECT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200) << "open again when Retry-After said";
}

// Without --trusted-proxy a client cannot pick its own address: X-Forwarded-For is ignored.
TEST(RateLimitApi, ForwardedForIsIgnoredWithoutTrustedProxies) {
    TestServer server({.configure = [](sk::app::Config& c) { c.question_limit = 2; }});
    auto c = visitor(server);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(c.post("/api/public/questions", question_body(), {{"X-Forwarded-For", "203.0.113." + std::to_string(i)}}).status, 201);
    auto spoofed = c.post("/api/public/questions", question_body(), {{"X-Forwarded-For", "198.51.100.77"}});
    EXPECT_EQ(spoofed.status, 429) << "a new X-Forwarded-For does not escape the per-address limit";
    // The same holds for the log-in's address limit: 20 failures over 20 accounts and 20 made-up addresses.
    auto login = visitor(server);
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(login.post("/api/auth/login", login_body("user" + std::to_string(i) + "@example.be", "wrong-password"),
                             {{"X-Forwarded-For", "203.0.113." + std::to_string(i)}})
                      .status,
                  401);
    EXPECT_EQ(login.post("/api/auth/login", login_body(kCoordinator, sk::app::kDemoPassword), {{"X-Forwarded-For", "192.0.2.1"}}).status,
              429);
}

// Behind a trusted proxy (here the loopback the tests come from) each forwarded client has its own count.
TEST(RateLimitApi, BehindATrustedProxyEachClientCountsApart) {
    TestServer server({.configure = [](sk::app::Config& c) {
        c.question_limit = 2;
        c.trusted_proxies = {"127.0.0.0/8", "::1"};
    }});
    auto c = visitor(server);
    const std::map<std::string, std::string> ann{{"X-Forwarded-For", "203.0.113.10"}};
    const std::map<std::string, std::string> bob{{"X-Forwarded-For", "203.0.113.20"}};
    EXPECT_EQ(c.post("/api/public/questions", question_body(), ann).status, 201);
    EXPECT_EQ(c.post("/api/public/questions", question_body(), ann).status, 201);
    EXPECT_EQ(c.post("/api/public/questions", question_body(), ann).status, 429);
    EXPECT_EQ(c.post("/api/public/questions", question_body(), bob).status, 201) << "another client behind the proxy";
    // A client that writes its own X-Forwarded-For gets the proxy's entry right of it: the forged one is never read.
    EXPECT_EQ(c.post("/api/public/questions", question_body(), {{"X-Forwarded-For", "198.51.100.1, 203.0.113.10"}}).status, 429);
    // The proxy itself (no header) is one more client.
    EXPECT_EQ(c.post("/api/public/questions", question_body()).status, 201);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM rate_limits WHERE bucket = 'question:address:203.0.113.10'"), 1);

    // The log-in's events name the forwarded client.
    auto login = visitor(server);
    ASSERT_EQ(login.post("/api/auth/login", login_body(kCoordinator, "wrong-password"), bob).status, 401);
    const auto failed = security_events(server, "security.login_failed");
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].detail.at("address").as_string(), "203.0.113.20");
}

TEST(RateLimitApi, FailedLogInsAreSecurityEvents) {
    TestServer server;
    const auto coordinator = *sk::store::find_user_by_email(server.db(), kCoordinator);
    auto c = server.client();
    ASSERT_EQ(c.login("Coordinator@Demo.STEMkompas.be", "wrong-password").status, 401);
    ASSERT_EQ(c.login("nobody@example.be", "wrong-password").status, 401);
    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);

    const auto failed = security_events(server, "security.login_failed");
    ASSERT_EQ(failed.size(), 2u) << "a successful log-in is no event";
    EXPECT_FALSE(failed[0].actor_id) << "nobody is signed in";
    EXPECT_EQ(failed[0].object_type, "user");
    EXPECT_EQ(failed[0].object_id, coordinator.id) << "the account tried";
    EXPECT_EQ(failed[0].detail.at("email").as_string(), kCoordinator);
    EXPECT_EQ(failed[0].detail.at("address").as_string(), "127.0.0.1");
    EXPECT_FALSE(failed[0].programme_id);
    EXPECT_FALSE(failed[1].object_id) << "no such account";
    EXPECT_EQ(failed[1].detail.at("email").as_string(), "nobody@example.be");
}

TEST(RateLimitApi, ALockedLogInIsOneEventPerLimit) {
    TestServer server;
    const auto coordinator = *sk::store::find_user_by_email(server.db(), kCoordinator);
    auto c = server.client();
    for (int i = 0; i < 5; ++i) c.login(kCoordinator, "wrong-password");
    for (int i = 0; i < 3; ++i) ASSERT_EQ(c.login(kCoordinator, "wrong-password").status, 429);
    auto locked = security_events(server, "security.login_locked");
    ASSERT_EQ(locked.size(), 1u);
    EXPECT_EQ(locked[0].object_id, coordinator.id);
    EXPECT_EQ(locked[0].detail.at("email").as_string(), kCoordinator);
    EXPECT_EQ(locked[0].detail.at("limit").as_string(), "account");
    EXPECT_EQ(security_events(server, "security.login_failed").size(), 5u) << "refused attempts never reach the password";

    // The address limit: 20 attempts from one address (8 so far), then a ninth account tried.
    for (int i = 0; i < 12; ++i) c.login("user" + std::to_string(i) + "@example.be", "wrong-password");
    ASSERT_EQ(c.login(kMentor, sk::app::kDemoPassword).status, 429);
    locked = security_events(server, "security.login_locked");
    ASSERT_EQ(locked.size(), 2u);
    EXPECT_EQ(locked[1].detail.at("limit").as_string(), "address");
    EXPECT_EQ(locked[1].detail.at("email").as_string(), kMentor);
}

}  // namespace

}  // namespace rate_limit_api_test
