// GET /api/auth/session, the app's first question (200 whether or not someone is signed in, so a public
// page logs no failed request), and GET /robots.txt.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/test_server.h"

using sk::test::kCoordinator;
using sk::test::TestServer;

namespace session_state_test {

TEST(SessionState, AnonymousIsAnAnswerNotAnError) {
    TestServer server;
    auto c = server.client();
    auto anonymous = c.get("/api/auth/session");
    EXPECT_EQ(anonymous.status, 200);
    EXPECT_EQ(anonymous.body, R"({"authenticated":false})");
    EXPECT_TRUE(c.cookies.count("sk_csrf")) << "sets the CSRF cookie as /api/me does";
    EXPECT_EQ(c.get("/api/me").status, 401) << "/api/me stays for the signed in";

    ASSERT_EQ(c.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    auto signed_in = c.get("/api/auth/session");
    EXPECT_EQ(signed_in.status, 200);
    EXPECT_EQ(signed_in.body, R"({"authenticated":true,"me":)" + c.get("/api/me").body + "}");
    EXPECT_EQ(signed_in.json_string("/me/user/email"), kCoordinator);

    ASSERT_EQ(c.post("/api/auth/logout", "{}").status, 204);
    EXPECT_EQ(c.get("/api/auth/session").body, R"({"authenticated":false})");
}

TEST(SessionState, RobotsTxtKeepsCrawlersToThePublicPages) {
    TestServer server;
    auto c = server.client();
    auto robots = c.get("/robots.txt");
    ASSERT_EQ(robots.status, 200);
    EXPECT_EQ(robots.header("content-type").value_or(""), "text/plain; charset=utf-8");
    for (const char* line : {"User-agent: *\n", "Allow: /programmes\n", "Allow: /login\n", "Allow: /privacy\n", "Disallow: /api/\n",
                             "Disallow: /organiser/\n", "Disallow: /programmes/*/schools/\n", "Disallow: /s/\n"})
        EXPECT_NE(robots.body.find(line), std::string::npos) << line;
    EXPECT_EQ(robots.body.find("<html"), std::string::npos) << "not the app's index page";
}

}  // namespace session_state_test
