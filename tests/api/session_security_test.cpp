// Sessions and one-time links that cannot be reused (issue 16, point 3), on SQLite and PostgreSQL: the
// idle limit (staff roles sooner), and a new password ends every other way into the account.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "api/security_events.h"
#include "app/config.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/invitations.h"
#include "support/test_server.h"

namespace session_security_test {

namespace {

using namespace sk::test;

constexpr const char* kOperator = "beheer@demo.stemkompas.be";  // the demo's platform operator (no membership)

// A test server with the idle limits `serve` has by default (the test server has none).
TestServerOptions production_idle_limits() {
    return {.configure = [](sk::app::Config& c) {
        const sk::app::Config defaults;
        c.idle_timeout_staff = defaults.idle_timeout_staff;
        c.idle_timeout = defaults.idle_timeout;
    }};
}

std::int64_t idle_seconds_of_session(TestServer& server, const std::string& email) {
    return server.db()
        .exec("SELECT s.idle_seconds FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", {std::string(email)})
        .one()
        .i64(0);
}

TEST(SessionSecurity, TheDefaultsAreTwoHoursForStaffAndEightForOthers) {
    const sk::app::Config defaults;
    EXPECT_EQ(defaults.idle_timeout_staff, 2 * 3600);
    EXPECT_EQ(defaults.idle_timeout, 8 * 3600);
}

TEST(SessionSecurity, StaffRolesGetTheShorterIdleLimitAtLogIn) {
    TestServer server(production_idle_limits());
    for (const char* staff : {kOrganiser, kReviewer, kJury, kOperator}) {
        signed_in(server, staff);
        EXPECT_EQ(idle_seconds_of_session(server, staff), 2 * 3600) << staff;
    }
    for (const char* other : {kCoordinator, kTeamMember, kMentor}) {
        signed_in(server, other);
        EXPECT_EQ(idle_seconds_of_session(server, other), 8 * 3600) << other;
    }
}

TEST(SessionSecurity, AStaffSessionEndsAfterTwoHoursWithoutARequest) {
    TestServer server(production_idle_limits());
    const auto t0 = server.now();
    auto organiser = signed_in(server, kOrganiser);
    auto coordinator = signed_in(server, kCoordinator);
    server.set_now(t0 + 2 * 3600);
    EXPECT_EQ(organiser.get("/api/me").status, 200) << "two hours exactly is still within the limit";
    // That request moved last_seen on, so the next two hours start from it.
    server.set_now(t0 + 4 * 3600);
    EXPECT_EQ(organiser.get("/api/me").status, 200);
    server.set_now(t0 + 6 * 3600 + 1);
    EXPECT_EQ(organiser.get("/api/me").status, 401);
    EXPECT_EQ(organiser.get("/api/me").status, 401) << "an ended session stays ended";
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM sessions WHERE idle_seconds = 7200"), 1) << "left for the nightly sweep";
    // The coordinator, idle just as long, is still within eight hours.
    EXPECT_EQ(coordinator.get("/api/me").status, 200);
}

TEST(SessionSecurity, AnyOtherSessionEndsAfterEightHoursWithoutARequest) {
    TestServer server(production_idle_limits());
    const auto t0 = server.now();
    auto coordinator = signed_in(server, kCoordinator);
    server.set_now(t0 + 8 * 3600);
    EXPECT_EQ(coordinator.get("/api/me").status, 200);
    server.set_now(t0 + 16 * 3600 + 1);
    EXPECT_EQ(coordinator.get("/api/me").status, 401);
    // Signing in again starts a fresh session.
    EXPECT_EQ(coordinator.login(kCoordinator, sk::app::kDemoPassword).status, 200);
    EXPECT_EQ(coordinator.get("/api/me").status, 200);
}

TEST(SessionSecurity, TheIdleLimitsAreSettings) {
    TestServer server({.configure = [](sk::app::Config& c) {
        c.idle_timeout_staff = 600;
        c.idle_timeout = 1200;
    }});
    const auto t0 = server.now();
    auto organiser = signed_in(server, kOrganiser);
    auto mentor = signed_in(server, kMentor);
    server.set_now(t0 + 601);
    EXPECT_EQ(organiser.get("/api/me").status, 401);
    EXPECT_EQ(mentor.get("/api/me").status, 200);
    server.set_now(t0 + 601 + 1201);
    EXPECT_EQ(mentor.get("/api/me").status, 401);
}

TEST(SessionSecurity, TheSweepRemovesIdleSessions) {
    TestServer server(production_idle_limits());
    const auto t0 = server.now();
    signed_in(server, kOrganiser);
    signed_in(server, kCoordinator);
    EXPECT_EQ(sk::store::delete_expired_sessions(server.db(), t0 + 3 * 3600), 1);
    EXPECT_EQ(sk::store::delete_expired_sessions(server.db(), t0 + 9 * 3600), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM sessions"), 0);
}

// Links made straight in the store, so the test knows each token.
std::string add_link(TestServer& server, std::int64_t user_id, const std::string& purpose) {
    const std::string token = sk::core::random_token();
    sk::store::create_one_time_token(server.db(), sk::core::token_digest(token), user_id, purpose, server.now(),
                                     server.now() + 3600);
    return token;
}

std::string set_password_body(const std::string& token, const std::string& password) {
    return R"({"token":")" + token + R"(","password":")" + password + R"("})";
}

TEST(SessionSecurity, AResetEndsEveryOtherLinkAndSessionAndIsLogged) {
    TestServer server;
    const auto user = *sk::store::find_user_by_email(server.db(), kCoordinator);
    const auto other_user = *sk::store::find_user_by_email(server.db(), kTeamMember);
    const auto used = add_link(server, user.id, "reset");
    const auto older_reset = add_link(server, user.id, "reset");
    const auto invitation = add_link(server, user.id, "invite");
    const auto someone_elses = add_link(server, other_user.id, "reset");
    auto elsewhere = signed_in(server, kCoordinator);

    auto c = visitor(server);
    auto res = c.post("/api/auth/set-password", set_password_body(used, "een nieuw wachtwoord"));
    ASSERT_EQ(res.status, 200) << res.body;

    // The other links of the account no longer work, and say so like any used link.
    for (const auto& token : {older_reset, invitation}) {
        EXPECT_EQ(c.get("/api/auth/tokens/" + token).status, 404);
        EXPECT_EQ(c.post("/api/auth/set-password", set_password_body(token, "nog een ander wachtwoord")).status, 404);
    }
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM one_time_tokens WHERE user_id = " + std::to_string(user.id) + " AND used_at IS NULL"),
              0);
    EXPECT_EQ(c.get("/api/auth/tokens/" + someone_elses).status, 200) << "another account's link is untouched";
    EXPECT_EQ(elsewhere.get("/api/me").status, 401) << "the account's other sessions end";
    EXPECT_EQ(c.get("/api/me").status, 200) << "the one that set the password is signed in";

    const auto events = security_events(server, "security.password_changed");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].actor_id, user.id);
    EXPECT_EQ(events[0].object_type, "user");
    EXPECT_EQ(events[0].object_id, user.id);
    EXPECT_EQ(events[0].detail.at("how").as_string(), "reset");
    EXPECT_FALSE(events[0].programme_id) << "security events belong to no programme, so organisers never see them";
}

TEST(SessionSecurity, AcceptingAnInvitationEndsTheOtherInvitationsAndIsLogged) {
    TestServer server;
    const auto now = server.now();
    const auto invitee = sk::store::create_user(server.db(), "nieuw@school.be", "Nina Nieuw", "nl", std::nullopt, now);
    const auto first = add_link(server, invitee, "invite");
    const auto second = add_link(server, invitee, "invite");  // a second organisation invited her too
    const auto reset = add_link(server, invitee, "reset");

    auto c = visitor(server);
    ASSERT_EQ(c.post("/api/auth/set-password", set_password_body(second, "een lang wachtwoord")).status, 200);
    EXPECT_EQ(c.get("/api/auth/tokens/" + first).status, 404);
    EXPECT_EQ(c.get("/api/auth/tokens/" + reset).status, 404);
    HttpClient stranger(server.base_url());
    stranger.get("/api/me");
    EXPECT_EQ(stranger.post("/api/auth/set-password", set_password_body(first, "het wachtwoord van een ander")).status, 404)
        << "a forwarded older invitation cannot take the account over";

    const auto events = security_events(server, "security.password_changed");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].actor_id, invitee);
    EXPECT_EQ(events[0].object_id, invitee);
    EXPECT_EQ(events[0].detail.at("how").as_string(), "invitation");
}

// Choosing a password through an invitation link accepts the invitation (store/invitations.h) before the
// session starts, so a reviewer's first session already has the staff limit.
TEST(SessionSecurity, AnAcceptedStaffInvitationStartsAStaffSession) {
    TestServer server(production_idle_limits());
    const auto now = server.now();
    const auto invitee = sk::store::create_user(server.db(), "rita2@review.be", "Rita Twee", "nl", std::nullopt, now);
    sk::store::NewInvitation invitation;
    invitation.organisation_id = count(server, "SELECT MIN(id) FROM organisations WHERE kind = 'organiser'");
    invitation.role = "reviewer";
    invitation.email = "rita2@review.be";
    invitation.user_id = invitee;
    ASSERT_TRUE(sk::store::insert_invitation(server.db(), invitation, now));
    const auto link = add_link(server, invitee, "invite");
    auto c = visitor(server);
    ASSERT_EQ(c.post("/api/auth/set-password", set_password_body(link, "een lang wachtwoord")).status, 200);
    EXPECT_EQ(idle_seconds_of_session(server, "rita2@review.be"), 2 * 3600);
}

TEST(SessionSecurity, ARefusedPasswordChangesNothing) {
    TestServer server;
    const auto user = *sk::store::find_user_by_email(server.db(), kCoordinator);
    const auto link = add_link(server, user.id, "reset");
    const auto other = add_link(server, user.id, "reset");
    auto c = visitor(server);
    auto res = c.post("/api/auth/set-password", set_password_body(link, "kort"));
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/password"), nl("field.password_short", {{"min", "10"}}));
    EXPECT_EQ(c.get("/api/auth/tokens/" + other).status, 200);
    EXPECT_TRUE(security_events(server, "security.password_changed").empty());
}

}  // namespace

}  // namespace session_security_test
