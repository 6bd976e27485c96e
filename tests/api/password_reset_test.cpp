// Password reset and invitations end to end: the mail goes through a real SMTP server (aiosmtpd) or
// the .eml folder, and the test follows the link in it like a person would.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/smtp_server.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::kSetPasswordLink;
using sk::test::TestServer;

namespace {

std::string token_from(const std::string& body) {
    const auto link = sk::test::find_link(body, kSetPasswordLink);
    return link.empty() ? std::string() : link.substr(kSetPasswordLink.size());
}
}  // namespace

TEST(PasswordReset, MailGoesThroughSmtpAndTheLinkSetsANewPassword) {
    sk::test::SmtpServer smtp;
    TestServer server({.smtp_url = smtp.url()});
    auto c = server.client();
    c.get("/api/me");

    // A session that exists before the reset must end with it.
    HttpClient before(server.base_url());
    ASSERT_EQ(before.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);

    auto res = c.post("/api/auth/password-reset", R"({"email":"Coordinator@Demo.STEMkompas.be"})");
    ASSERT_EQ(res.status, 202) << res.body;
    server.drain_mail();
    auto mails = smtp.wait_for(1);
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].envelope_to.at(0), "coordinator@demo.stemkompas.be");
    EXPECT_TRUE(mails[0].defects.empty());
    const std::string token = token_from(mails[0].body);
    ASSERT_FALSE(token.empty()) << mails[0].body;

    auto info = c.get("/api/auth/tokens/" + token);
    ASSERT_EQ(info.status, 200);
    EXPECT_EQ(info.json_string("/purpose"), "reset");
    EXPECT_EQ(info.json_string("/email"), "coordinator@demo.stemkompas.be");

    auto short_pw = c.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"short"})");
    EXPECT_EQ(short_pw.status, 400);
    EXPECT_EQ(short_pw.json_string("/error/fields/password"), "Kies een wachtwoord van minstens 10 tekens.");

    auto done = c.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"een nieuw wachtwoord"})");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json_string("/user/email"), "coordinator@demo.stemkompas.be");
    EXPECT_EQ(c.get("/api/me").status, 200) << "set-password signs the user in";
    EXPECT_EQ(before.get("/api/me").status, 401) << "older sessions end with a new password";

    // The link works once.
    EXPECT_EQ(c.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"nog een wachtwoord"})").status, 404);
    EXPECT_EQ(c.get("/api/auth/tokens/" + token).status, 404);

    HttpClient fresh(server.base_url());
    EXPECT_EQ(fresh.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 401);
    EXPECT_EQ(fresh.login("coordinator@demo.stemkompas.be", "een nieuw wachtwoord").status, 200);
}

TEST(PasswordReset, UnknownAddressGetsTheSameAnswerAndNoMail) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    auto res = c.post("/api/auth/password-reset", R"({"email":"nobody@example.be"})");
    EXPECT_EQ(res.status, 202);
    server.drain_mail();
    EXPECT_TRUE(server.mail_files().empty());
    EXPECT_EQ(server.db().exec("SELECT COUNT(*) FROM one_time_tokens").one().i64(0), 0);
}

TEST(PasswordReset, ExpiredLinkIsRefused) {
    TestServer server;
    auto c = server.client();
    c.get("/api/me");
    ASSERT_EQ(c.post("/api/auth/password-reset", R"({"email":"mentor@demo.stemkompas.be"})").status, 202);
    server.drain_mail();
    auto mails = server.mail_files();
    ASSERT_EQ(mails.size(), 1u);
    const auto token = token_from(sk::test::decode_mail(mails[0]).body);
    ASSERT_FALSE(token.empty());
    server.db().exec("UPDATE one_time_tokens SET expires_at = 1");
    auto res = c.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"een nieuw wachtwoord"})");
    EXPECT_EQ(res.status, 404);
    EXPECT_EQ(res.json_string("/error/code"), "token_invalid");
}

TEST(Invitations, CoordinatorInvitesATeamMemberWhoSetsAPassword) {
    TestServer server;
    auto coordinator = server.client();
    auto me = coordinator.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword);
    ASSERT_EQ(me.status, 200);
    const auto school = me.json_int("/memberships/0/organisationId");

    const std::string path = "/api/organisations/" + std::to_string(school) + "/invitations";
    auto bad = coordinator.post(path, R"({"email":"geen-adres","name":"","role":"mentor"})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_FALSE(bad.json_string("/error/fields/email").empty());
    EXPECT_FALSE(bad.json_string("/error/fields/name").empty());
    EXPECT_FALSE(bad.json_string("/error/fields/role").empty());
    EXPECT_EQ(server.db().exec("SELECT COUNT(*) FROM users WHERE email = 'geen-adres'").one().i64(0), 0);

    auto res = coordinator.post(path, R"({"email":"nieuw@school.be","name":"Nora Nieuw","role":"team_member","language":"en"})");
    ASSERT_EQ(res.status, 201) << res.body;
    auto again = coordinator.post(path, R"({"email":"nieuw@school.be","name":"Nora Nieuw","role":"team_member"})");
    EXPECT_EQ(again.status, 409);
    EXPECT_FALSE(again.json_string("/error/fields/email").empty());

    server.drain_mail();
    auto mails = server.mail_files();
    ASSERT_EQ(mails.size(), 1u);
    auto mail = sk::test::decode_mail(mails[0]);
    EXPECT_NE(mail.body.find("Demoschool Sint-Lucas"), std::string::npos);
    const auto token = token_from(mail.body);
    ASSERT_FALSE(token.empty()) << mail.body;

    auto invitee = server.client();
    auto info = invitee.get("/api/auth/tokens/" + token);
    EXPECT_EQ(info.json_string("/purpose"), "invite");
    EXPECT_EQ(info.json_string("/name"), "Nora Nieuw");
    auto set = invitee.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"mijn eigen wachtwoord"})");
    ASSERT_EQ(set.status, 200) << set.body;
    EXPECT_EQ(set.json_string("/memberships/0/role"), "team_member");
    EXPECT_EQ(set.json_int("/memberships/0/organisationId"), school);
    EXPECT_EQ(set.json_string("/user/language"), "en");

    // The new member shows up for the coordinator.
    auto org = coordinator.get("/api/organisations/" + std::to_string(school));
    EXPECT_NE(org.body.find("nieuw@school.be"), std::string::npos);
}
